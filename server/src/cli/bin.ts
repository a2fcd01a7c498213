// Entry point of dist/cli.js.
import { run } from './main';

void run(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text)).then((code) => {
  process.exitCode = code;
});
