declare module 'uglify-js' {
  interface MinifyOutput {
    code: string;
    error?: Error;
  }
  export function minify(code: string, options?: Record<string, unknown>): MinifyOutput;
}
