/**
 * The element's styles, by part: the host and what every part uses, the key figures, the board (the funnel and the
 * steps' layout), the funnel's drawing, the slider, and what is below. Nothing moves but what the reader moves: no
 * transition, no animation (reduced motion, for everyone), and texts that change keep the size of their longest
 * form. The editor's styles come with its chunk.
 */
import { board } from './board.js';
import { figures } from './figures.js';
import { footer } from './footer.js';
import { funnel } from './funnel.js';
import { host } from './host.js';
import { slider } from './slider.js';

export const styles = [host, figures, board, funnel, slider, footer].join('');
