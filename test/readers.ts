/** Every reader of what only some funnels have, as the element has them once their chunks are loaded: for the pure tests. */
import { jsonReaders } from '../src/chunks/json.js';
import { previousReader } from '../src/chunks/compare/read.js';
import { testReader } from '../src/chunks/test/read.js';
import type { Readers } from '../src/config/resolve.js';

export const readers: Readers = { json: jsonReaders, previous: previousReader, test: testReader };
