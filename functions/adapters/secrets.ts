import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** Reads one secret's string value by ARN; undefined when it has none. */
export type SecretReader = (secretArn: string) => Promise<string | undefined>;

/**
 * One client for every read of a cold start (the token secret, then each webhook secret). A
 * test hands in a client pointed at a local stand-in; in AWS the SDK finds the endpoint.
 */
export function secretsManagerReader(client = new SecretsManagerClient({})): SecretReader {
  return async (secretArn) =>
    (await client.send(new GetSecretValueCommand({ SecretId: secretArn }))).SecretString;
}

/** A Secrets Manager secret's string value (the token secret); undefined when it has none. */
export async function fetchSecretString(secretArn: string, region?: string): Promise<string | undefined> {
  return secretsManagerReader(new SecretsManagerClient(region ? { region } : {}))(secretArn);
}
