// What bin/yishi.js runs (bundled as dist/yishi.mjs). `yishi --version` alone is answered here, before the
// command-line parser and the commands are loaded; everything else goes to main.ts.
import { packageVersion } from './package-version.js';

export async function main(argv: string[] = process.argv): Promise<void> {
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${packageVersion()}\n`);
    return;
  }
  await (await import('./main.js')).main(argv);
}
