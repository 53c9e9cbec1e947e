import { afterAll, beforeAll } from 'vitest';

/**
 * Launch a browser once for the describe block this is called in, and close it after its last
 * test: `use` receives it (`let browser; launchForSuite(() => launchWithExtension(), (b) => (browser = b));`).
 */
export function launchForSuite<B extends { close(): Promise<void> }>(launch: () => Promise<B>, use: (browser: B) => void): void {
  let launched: B | undefined;
  beforeAll(async () => {
    launched = await launch();
    use(launched);
  });
  afterAll(async () => {
    await launched?.close();
  });
}
