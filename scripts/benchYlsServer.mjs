// Starts yaml-language-server for `npm run bench -- --yls`, never shipped:
// the server waits 200 ms after each change before it validates (a debounce
// that no setting turns off), which would be timed as if it were work. This
// makes that delay read 0, so both servers are timed from a change to its
// diagnostics and nothing else.
//
//   node scripts/benchYlsServer.mjs <yaml-language-server package folder> --stdio
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.argv[2];
// 2.x keeps its modules in out/src, 1.x in out/server/src.
const sources = [join(root, 'out', 'src'), join(root, 'out', 'server', 'src')].find((folder) => existsSync(join(folder, 'yamlSettings.js')));
if (!sources) throw new Error(`no yaml-language-server in ${root}`);
const { SettingsState } = await import(pathToFileURL(join(sources, 'yamlSettings.js')).href);
if (!('validationDelayMs' in new SettingsState())) {
  process.stderr.write('this yaml-language-server has no validationDelayMs: its validation delay (if any) is included in the times\n');
}
// The constructor assigns the delay; an accessor on the prototype takes that assignment and always reads 0.
Object.defineProperty(SettingsState.prototype, 'validationDelayMs', { get: () => 0, set() {}, configurable: true });
process.env.YAML_LANGUAGE_SERVER_VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
await import(pathToFileURL(join(sources, 'server.js')).href);
