import { existsSync } from 'node:fs';
import { Annotations, CfnOutput, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  DomainName,
  HttpApi,
  HttpMethod,
  type HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { pageRoutes } from '../handlers.ts';
import type { ServiceAccess } from '../service-access.ts';
import { EarshotFunction } from './earshot-function.ts';

export interface ApiProps {
  readonly access: ServiceAccess;
  /** The intake function's entry (functions/lambda/api.ts). */
  readonly entry: string;
  /** The signed pages' entry (functions/lambda/pages.ts). */
  readonly pagesEntry: string;
  /** Every site's allowed origins; never `*`. */
  readonly allowedOrigins: string[];
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  readonly customDomain?: { readonly domainName: string; readonly certificateArn: string };
  /** The built widget; shipped next to the handler as earshot.js when it exists. */
  readonly widgetFile: string;
}

/**
 * The public HTTP API (API Gateway v2): two functions built from one hono app, so routing lives
 * in the app and the local runner serves the very same routes on one port. The catch-all goes to
 * the intake function, the one whose cold start a customer waits for; the signed pages, which
 * would double its bundle, have routes of their own to a second function. API Gateway answers
 * CORS preflights itself from the configured origins and throttles the stage before Lambda is paid.
 */
export class Api extends Construct {
  /** The intake: widget POSTs, widget-config, /widget.js, /health and anything unrouted. */
  readonly function: EarshotFunction;
  /** The signed pages from emails: staff actions, check-ins, the incident page, held release. */
  readonly pagesFunction: EarshotFunction;
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  /** Where customers and staff reach Earshot; links in emails and the widget tag use it. */
  readonly publicUrl: string;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const widgetBuilt = existsSync(props.widgetFile);
    this.function = new EarshotFunction(this, 'Function', {
      entry: props.entry,
      description: 'Earshot: public HTTP API: intake, widget config and the widget script',
      memorySize: 512,
      timeout: Duration.seconds(10),
      extraFiles: widgetBuilt ? [{ from: props.widgetFile, to: 'earshot.js' }] : [],
    });
    if (!widgetBuilt) {
      Annotations.of(this.function).addWarningV2(
        'earshot:widget-not-built',
        `${props.widgetFile} does not exist, so GET /widget.js will answer 404: run npm run build:widget first`,
      );
    }
    this.pagesFunction = new EarshotFunction(this, 'PagesFunction', {
      entry: props.pagesEntry,
      description: 'Earshot: signed pages from emails (staff actions, check-ins, incidents, held release)',
      memorySize: 512,
      timeout: Duration.seconds(10),
    });
    // No mailer for either: they only store, and the dispatcher sends what they stored. Both need
    // the token secret: the intake keys its rate limits and customer hashes with it, the pages
    // verify the signed links with it.
    props.access.connect(this.function, { tokenSecret: true });
    props.access.connect(this.pagesFunction, { tokenSecret: true });

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Earshot feedback API',
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('App', this.function),
      corsPreflight: {
        allowOrigins: props.allowedOrigins,
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        allowHeaders: ['content-type', 'idempotency-key'],
        exposeHeaders: ['retry-after'],
        maxAge: Duration.hours(1),
      },
    });
    const pages = new HttpLambdaIntegration('Pages', this.pagesFunction);
    // The page paths only, by method: links in emails already sent keep their URLs.
    const methods = pageRoutes.methods.map((method) => HttpMethod[method]);
    for (const path of pageRoutes.paths) this.httpApi.addRoutes({ path, methods, integration: pages });
    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: 'Public by design: anyone may leave feedback; action pages are authorised by signed tokens.',
    });

    const domain = props.customDomain
      ? new DomainName(this, 'Domain', {
          domainName: props.customDomain.domainName,
          certificate: Certificate.fromCertificateArn(this, 'Certificate', props.customDomain.certificateArn),
        })
      : undefined;
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = this.httpApi.addStage('Stage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      domainMapping: domain ? { domainName: domain } : undefined,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // No source IP, user agent or path: IPs are personal data and paths carry action tokens.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            method: '$context.httpMethod',
            status: '$context.status',
            bytes: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationStatus: '$context.integrationStatus',
            integrationError: '$context.integrationErrorMessage',
            error: '$context.error.message',
          }),
        ),
      },
    });

    this.publicUrl = domain ? `https://${props.customDomain?.domainName}` : this.httpApi.apiEndpoint;
    new CfnOutput(this, 'Url', {
      key: 'ApiUrl',
      description: 'Public URL of the Earshot API',
      value: this.publicUrl,
    });
    new CfnOutput(this, 'WidgetScript', {
      key: 'WidgetScript',
      description: 'The src of the widget <script> tag for the sites',
      value: `${this.publicUrl}/widget.js`,
    });
    if (domain) {
      new CfnOutput(this, 'DomainTarget', {
        key: 'DomainTarget',
        description: `Point a CNAME for ${props.customDomain?.domainName} at this name`,
        value: domain.regionalDomainName,
      });
    }
  }
}
