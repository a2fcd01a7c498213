// Entry point of dist/cli.js. Whatever goes wrong, the user reads one line and CI sees exit code 2, never a stack
// (unless WP27017_DEBUG asks for it).
import { compileRegExpsAtOnce } from '../core/compileRegExpsAtOnce';
import { compileWithoutInlining } from '../core/compileWithoutInlining';
import { envLocale } from './analyzeInputs';
import { cliLine } from './cliMessages';
import { langInArguments, run } from './main';

compileWithoutInlining();
compileRegExpsAtOnce();
const argv = process.argv.slice(2);
const locale = langInArguments(argv) ?? envLocale() ?? 'en';

// A reader that stops early (`wp27017 check … | head`) is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(argv, (text) => process.stdout.write(text), (text) => process.stderr.write(text)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(cliLine(locale, 'internal', { detail: detail.length > 300 ? `${detail.slice(0, 300)}…` : detail }));
    if (process.env.WP27017_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    process.exitCode = 2;
  },
);
