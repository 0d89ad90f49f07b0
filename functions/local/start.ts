import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config/load.ts';
import type { EarshotConfig } from '../config/schema.ts';
import { localDemoPage, localWidgetScript } from './assets.ts';
import { type LocalStack, startLocalStack } from './stack.ts';
import { ensureLocalTokenSecret, localDataDir } from './token-secret.ts';

/** `npm start`: the whole service on this machine, no AWS account and no Docker needed. */
async function main() {
  const config = withLocalPort(loadConfig(), Number(process.env.PORT ?? 3000));
  const dataDir = localDataDir(process.env);
  mkdirSync(dataDir, { recursive: true });

  const stack = await startLocalStack({
    config,
    ports: {
      api: Number(process.env.PORT ?? 3000),
      dynamodb: Number(process.env.EARSHOT_DYNAMODB_PORT ?? 8000),
      ses: Number(process.env.EARSHOT_SES_PORT ?? 8005),
      smtp: Number(process.env.EARSHOT_SMTP_PORT ?? 2525),
    },
    dataPath: join(dataDir, 'dynamodb'),
    tokenSecret: config.tokenSecret ?? ensureLocalTokenSecret(dataDir),
    widgetScript: localWidgetScript(),
    demoPage: localDemoPage(),
    weeklyDigest: true,
    sesEndpoint: process.env.EARSHOT_SES_ENDPOINT || undefined,
  });
  printBanner(stack);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: finishing work in progress and closing…`);
    await stack.stop();
    console.log('Earshot stopped. Everything stored is kept in', dataDir);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** The demo site's origin and the public URL follow PORT, so links and CORS work on any port. */
function withLocalPort(config: EarshotConfig, port: number): EarshotConfig {
  const local = (url: string) => url.replace(/^http:\/\/localhost:\d+/, `http://localhost:${port}`);
  return {
    ...config,
    publicUrl: local(config.publicUrl),
    sites: config.sites.map((site) => ({ ...site, allowedOrigins: site.allowedOrigins.map(local) })),
  };
}

function printBanner(stack: LocalStack) {
  console.log(`
  Earshot is running locally.

    API            ${stack.apiUrl}            (POST /v1/feedback, GET /health)
    Demo shop      ${stack.apiUrl}/demo
    Widget         ${stack.apiUrl}/widget.js
    Inbox (SES)    ${stack.sesUrl}            every email the service sends
    DynamoDB       ${stack.dynamodbUrl}            dynalite; aws dynamodb --endpoint-url ${stack.dynamodbUrl} scan --table-name earshot
    Replies (SMTP) localhost:${stack.smtpPort}                staff and customers answer by replying; mail arrives here

  Ctrl-C stops it; nothing stored is lost.
`);
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(`Earshot cannot start: ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `Earshot cannot start: port ${(error as { port?: number }).port ?? ''} is in use (set PORT).`,
    );
  } else {
    console.error('Earshot cannot start:', (error as Error).message);
  }
  process.exit(1);
});
