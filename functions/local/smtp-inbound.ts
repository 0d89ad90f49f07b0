import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { MAX_INBOUND_BYTES, parseInboundEmail } from '../adapters/inbound-mail.ts';
import { type InboundDeps, isReplyAddress, receiveReply } from '../domain/inbound-reply.ts';
import type { Logger } from '../domain/ports.ts';

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * The local stand-in for SES receiving: a real SMTP listener that accepts mail only for genuine
 * reply addresses and hands the raw message to the same handler the inbound Lambda uses.
 */
export async function startSmtpInbound(options: {
  port: number;
  deps: InboundDeps;
  logger: Logger;
}): Promise<{ port: number; close(): Promise<void> }> {
  const { deps, logger } = options;
  const server = new SMTPServer({
    name: 'earshot.local',
    banner: 'Earshot reply listener',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_INBOUND_BYTES,
    onRcptTo(address, _session, callback) {
      const ok =
        address.address.toLowerCase().endsWith(`@${deps.config.inboundDomain}`) &&
        isReplyAddress(deps.signer, address.address);
      callback(ok ? undefined : smtpError('No such mailbox here', 550));
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        if (stream.sizeExceeded) return callback(smtpError('Message too large', 552));
        try {
          const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          const mailFrom = session.envelope.mailFrom;
          const from = mailFrom ? mailFrom.address : '';
          const reply = await parseInboundEmail(Buffer.concat(chunks), { recipients, from });
          const outcome = await receiveReply(reply, deps);
          logger.info('inbound email', { outcome, attachments: reply.attachments });
          callback(outcome === 'unknown' ? smtpError('No such mailbox here', 550) : undefined);
        } catch (error) {
          logger.error('inbound email failed', { error: (error as Error).message });
          callback(smtpError('Could not read this message', 554));
        }
      });
    },
  });
  server.on('error', (error) => logger.warn('smtp error', { error: error.message }));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
