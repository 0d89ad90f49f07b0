import { z } from 'zod';
import { SECRET_ARN } from '../../functions/config/notify-schema.ts';
import type { EarshotConfig } from '../../functions/config/schema.ts';

/**
 * Deploy-time choices that are not part of the Earshot config. They come from CDK context
 * (`cdk.json` or `-c key=value`, which arrives as a string, hence the coercion).
 */
const contextSchema = z
  .object({
    /** Deliberately not CDK_DEFAULT_REGION: a profile's default region must not move data out of the EU. */
    region: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region such as eu-north-1')
      .default('eu-north-1'),
    customDomain: z
      .string()
      .regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'a host name such as feedback.example.com')
      .optional(),
    /** An ACM certificate for customDomain, in the stack's region (HTTP APIs use regional endpoints). */
    certificateArn: z.string().startsWith('arn:aws', 'an ACM certificate ARN').optional(),
    alarmEmail: z.email().optional(),
    /** Comma-separated test recipients to verify while the SES account is still in the sandbox. */
    sandboxRecipients: z
      .preprocess(
        (value) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()) : value),
        z.array(z.email()),
      )
      .default([]),
    throttleRate: z.coerce.number().int().positive().default(50),
    throttleBurst: z.coerce.number().int().positive().default(100),
    /**
     * Reattach data kept from an earlier deployment (see docs/deploy.md, "Tearing down"): the
     * retained table with its stream, and the retained signing secret.
     */
    existingTableName: z.string().min(3).optional(),
    existingTableStreamArn: z.string().startsWith('arn:aws', 'a DynamoDB stream ARN').optional(),
    existingTokenSecretArn: z.string().startsWith('arn:aws', 'a Secrets Manager secret ARN').optional(),
  })
  .refine((context) => (context.customDomain === undefined) === (context.certificateArn === undefined), {
    message: 'customDomain and certificateArn are given together or not at all',
    path: ['customDomain'],
  })
  .refine(
    (context) => (context.existingTableName === undefined) === (context.existingTableStreamArn === undefined),
    {
      message: 'existingTableName and existingTableStreamArn are given together or not at all',
      path: ['existingTableName'],
    },
  );

export type DeployContext = z.infer<typeof contextSchema>;
export const contextKeys = [
  'region',
  'customDomain',
  'certificateArn',
  'alarmEmail',
  'sandboxRecipients',
  'throttleRate',
  'throttleBurst',
  'existingTableName',
  'existingTableStreamArn',
  'existingTokenSecretArn',
] as const;

export function parseContext(raw: Record<string, unknown>): DeployContext {
  const result = contextSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`CDK context "${issue?.path.join('.') || '(root)'}": ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/**
 * Lambda allows 4 KB for all environment variables together; the config gets most of it and the
 * other variables (table, secret, bucket, configuration set, URL) need roughly 500 bytes.
 */
export const maxConfigJsonBytes = 3_500;

/** What the stack derives from the validated Earshot config. */
export interface DeploySettings {
  /** Every site's allowed origins, normalised to scheme://host[:port]: the HTTP API's CORS list. */
  readonly allowedOrigins: string[];
  /** Domains of the sites' sender addresses: each becomes an SES identity with Easy DKIM. */
  readonly senderDomains: string[];
  /** The domain of the per-feedback Reply-To addresses, received by SES. */
  readonly inboundDomain: string;
  /** The config handed to every function as EARSHOT_CONFIG_JSON, without the signing secret. */
  readonly runtimeConfigJson: string;
  /** Secrets Manager ARNs of the webhook signing secrets: the sending functions may read these. */
  readonly notifySecretArns: string[];
}

export function deploySettings(config: EarshotConfig): DeploySettings {
  const allowedOrigins = unique(config.sites.flatMap((site) => site.allowedOrigins.map(originOf)));
  const senderDomains = unique(config.sites.map((site) => domainOf(site.sender)));
  const notifySecretArns = unique(
    config.sites.flatMap((site, siteIndex) =>
      site.notify.flatMap((target, index) => {
        if (target.secret === undefined) return [];
        // Like the token secret: a signing key in the file would end up in the template.
        if (!SECRET_ARN.test(target.secret)) {
          throw new Error(
            `config field "sites.${siteIndex}.notify.${index}.secret": in AWS a webhook secret comes from Secrets Manager; store the whsec_ value there and give its ARN here`,
          );
        }
        return [target.secret];
      }),
    ),
  );
  // The secret lives in Secrets Manager in AWS; a value in the file must not end up in the template.
  const { tokenSecret: _secret, ...runtimeConfig } = config;
  const runtimeConfigJson = JSON.stringify(runtimeConfig);
  const bytes = Buffer.byteLength(runtimeConfigJson);
  if (bytes > maxConfigJsonBytes) {
    throw new Error(
      `the Earshot config is ${bytes} bytes as JSON; Lambda's 4 KB environment fits at most ${maxConfigJsonBytes}`,
    );
  }
  return {
    allowedOrigins,
    senderDomains,
    inboundDomain: config.inboundDomain.toLowerCase(),
    runtimeConfigJson,
    notifySecretArns,
  };
}

function originOf(url: string): string {
  return new URL(url).origin;
}

function domainOf(address: string): string {
  return (address.split('@')[1] ?? address).toLowerCase();
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
