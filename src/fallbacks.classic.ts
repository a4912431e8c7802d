/** The classic script's stand-ins for a chunk that cannot be loaded: none, it holds every chunk (see `fallbacks.ts`). */
import type * as Fallbacks from './fallbacks.js';

export const plainMessages = undefined as unknown as typeof Fallbacks.plainMessages;
export const noJsonReaders = undefined as unknown as typeof Fallbacks.noJsonReaders;
