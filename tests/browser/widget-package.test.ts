import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../helpers/stack.ts';
import { inWidget, launchBrowser } from './harness.ts';

const run = promisify(execFile);
const widgetDir = new URL('../../web-widget/', import.meta.url).pathname;

/** A shop's own code, as a developer writes it against the package (and its types). */
const APP = `import { init, on, open, type SubmittedDetail } from '@earshot/widget';

declare global {
  interface Window { submitted: SubmittedDetail[]; }
}
window.submitted = [];
init({ siteId: 'demo', apiUrl: location.origin, position: 'bottom-left' });
init({ siteId: 'other', apiUrl: 'http://elsewhere.invalid' }); // a second init does nothing
on('submitted', (detail) => window.submitted.push(detail));
const off: () => void = on('submitted', () => window.submitted.push({ id: 'unsubscribed', clientRequestId: '', rating: 0 }));
off(); // never called: it unsubscribed before anything was sent
document.querySelector('#feedback')?.addEventListener('click', () => open({ category: 'delivery' }));
`;

/** The package as a shop installs it: npm pack, npm install of the tarball, esbuild, Chromium. */
describe('@earshot/widget from its npm tarball', () => {
  let app: string;
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    app = await mkdtemp(join(tmpdir(), 'earshot-shop-'));
    const [packed] = await Promise.all([
      run('npm', ['pack', '--pack-destination', app, '--json', '--silent'], { cwd: widgetDir }),
      writeFile(join(app, 'package.json'), '{ "name": "shop", "private": true, "type": "module" }'),
    ]);
    const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
    await run('npm', ['install', join(app, filename), '--offline', '--no-audit', '--no-fund'], { cwd: app });
    await writeFile(join(app, 'app.ts'), APP);
    [stack, browser] = await Promise.all([
      // About the package, not bot friction: the form is filled at machine speed.
      startTestStack({ site: { minFormOpenMs: 0 } }),
      launchBrowser(),
    ]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (app) await rm(app, { recursive: true, force: true });
  });

  it('installs with no dependencies, and ships ESM, types and the script-tag build', async () => {
    const installed = join(app, 'node_modules/@earshot/widget');
    const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.sideEffects).toEqual(['./dist/earshot.js']);
    const { stdout } = await run('npm', ['ls', '--all', '--parseable'], { cwd: app });
    expect(stdout.trim().split('\n')).toHaveLength(2); // the app and the widget, nothing else
    const module = await readFile(join(installed, 'dist/index.js'), 'utf8');
    expect(module).toMatch(/export \{[^}]*\binit\b/);
    expect(await readFile(join(installed, 'README.md'), 'utf8')).toContain('npm install @earshot/widget');
  });

  it("type-checks a shop's code against the shipped declarations alone, and catches mistakes", async () => {
    await writeFile(
      join(app, 'wrong.ts'),
      [
        "import { init, on } from '@earshot/widget';",
        "init({ siteId: 'demo' });",
        "init({ siteId: 'demo', apiUrl: 'https://x.example', position: 'top' });",
        "on('opened', () => {});",
      ].join('\n'),
    );
    // One program for both files: the DOM's declarations are read once.
    const program = ts.createProgram([join(app, 'app.ts'), join(app, 'wrong.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
    });
    const problems = (file: string) =>
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(join(app, file)))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '))
        .join('\n');
    expect(problems('app.ts')).toBe('');
    const wrong = problems('wrong.ts');
    expect(wrong).toContain("'apiUrl' is missing");
    expect(wrong).toContain('"top"');
    expect(wrong).toContain('"opened"');
  });

  it('does nothing on the server, and nothing on import', async () => {
    const widget = await import(join(app, 'node_modules/@earshot/widget/dist/index.js'));
    expect(typeof window).toBe('undefined');
    expect(() => widget.init({ siteId: 'demo', apiUrl: 'http://localhost:1' })).not.toThrow();
    const unused = await build({
      stdin: { contents: "import '@earshot/widget';", resolveDir: app },
      bundle: true,
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    expect(unused.outputFiles[0]?.text.trim().length).toBeLessThan(40); // sideEffects: tree-shaken away
  });

  it('bundles into the app and delivers feedback through the real API', async () => {
    const bundled = await build({
      entryPoints: [join(app, 'app.ts')],
      absWorkingDir: app,
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const code = bundled.outputFiles[0]?.text ?? '';
    const page = await (await browser.newContext()).newPage();
    // The shop's pages live on the site's origin (the stack's own); the API answers for real.
    await page.route(`${stack.apiUrl}/shop/**`, (route) =>
      route.request().url().endsWith('.js')
        ? route.fulfill({ contentType: 'text/javascript', body: code })
        : route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Butikk</title></head><body><main><h1>Butikk</h1><button type="button" id="feedback">Si ifra</button></main><script type="module" src="/shop/app.js"></script></body></html>',
          }),
    );
    await page.goto(`${stack.apiUrl}/shop/ordre`);
    const widget = inWidget(page);
    await widget.getByRole('button', { name: 'Gi tilbakemelding' }).waitFor();
    await page.click('#feedback');
    await widget.getByRole('radio', { name: 'Misfornøyd', exact: true }).check();
    await page.keyboard.press('Enter');
    await widget.getByLabel('Hva skjedde?').fill('Pakken fra nettbutikken kom knust.');
    await widget.getByLabel('E-post').fill('nora@example.org');
    await widget.getByRole('button', { name: 'Send' }).click();
    await widget.getByRole('heading', { name: 'Takk for at du sa ifra' }).waitFor();

    const [alert] = await stack.waitForEmails((email) => email.subject.includes('Pakken fra nettbutikken'));
    expect(alert?.body.text).toContain(`${stack.apiUrl}/shop/ordre`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { submitted: unknown[] }).submitted))
      .toEqual([{ id: expect.any(String), clientRequestId: expect.any(String), rating: 2 }]);
    expect(await page.locator('[data-earshot]').count()).toBe(1);
    await page.context().close();
  });
});
