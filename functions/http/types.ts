/** What the composition root tells each request about itself (set by middleware in app.ts). */
export interface AppEnv {
  Variables: { clientIp: string | undefined };
}
