// Writes syntaxes/wire.tmLanguage.json from scripts/grammar/wireGrammar.mjs:  node scripts/grammar/build.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderWireGrammar } from './wireGrammar.mjs';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../syntaxes/wire.tmLanguage.json');
fs.writeFileSync(file, renderWireGrammar());
console.log(`written: ${path.relative(process.cwd(), file)}`);
