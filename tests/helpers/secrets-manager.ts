import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the stand-in holds for an ARN: a string value, or the error Secrets Manager would answer. */
export type StoredSecret = string | { error: 'AccessDeniedException' | 'ResourceNotFoundException' };

export interface SecretRequest {
  target: string | undefined;
  secretId: string;
}

/**
 * A stand-in for Secrets Manager at the edge, as dynalite is for DynamoDB: it speaks the JSON
 * protocol of `GetSecretValue` (the `X-Amz-Target` header, an `application/x-amz-json-1.1`
 * body) and nothing else, and records what was asked for. An ARN it does not hold is not found.
 */
export async function startSecretsManager(secrets: Record<string, StoredSecret>) {
  const requests: SecretRequest[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const target = request.headers['x-amz-target'] as string | undefined;
      const { SecretId: secretId = '' } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      requests.push({ target, secretId });
      const answer = (status: number, body: object) => {
        response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify(body));
      };
      if (target !== 'secretsmanager.GetSecretValue')
        return answer(400, { __type: 'UnknownOperationException', message: `not stood in: ${target}` });
      const stored = secrets[secretId];
      if (typeof stored !== 'string') {
        const type = stored?.error ?? 'ResourceNotFoundException';
        return answer(400, {
          __type: type,
          message:
            type === 'AccessDeniedException'
              ? `User is not authorized to perform: secretsmanager:GetSecretValue on resource: ${secretId}`
              : "Secrets Manager can't find the specified secret.",
        });
      }
      answer(200, {
        ARN: secretId,
        Name: secretId.split(':secret:')[1] ?? secretId,
        SecretString: stored,
        VersionId: '00000000-0000-4000-8000-000000000001',
        VersionStages: ['AWSCURRENT'],
        CreatedDate: 1_764_547_200,
      });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
