import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** A Secrets Manager secret's string value (the token secret); undefined when it has none. */
export async function fetchSecretString(secretArn: string, region?: string): Promise<string | undefined> {
  const client = new SecretsManagerClient(region ? { region } : {});
  return (await client.send(new GetSecretValueCommand({ SecretId: secretArn }))).SecretString;
}
