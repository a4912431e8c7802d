/** The slider: a native range, its track filled in the accent colour up to the thumb, a 24 px hit area. */
import { css } from './css.js';

/**
 * Where each slider's thumb is, 0–100 %, as a class (`p37`): the part of the track left of the thumb is filled in
 * the accent colour from it. A class, not a `style` attribute, which a strict CSP blocks.
 */
const fills = Array.from({ length: 101 }, (_, i) => `.p${i}{--_p:${i / 100}}`).join('');

export const slider = css`
  .slider {
    min-width: 0;
  }
  /* Its thumb moves: laid out alone (see .live). */
  .slider > input {
    display: block;
    contain: size layout;
  }
  input[type='range'] {
    -webkit-appearance: none;
    appearance: none;
    width: 100%;
    min-width: 0;
    height: max(24px, 1.5em);
    margin: 0;
    background: transparent;
    cursor: pointer;
  }
  input[type='range']::-webkit-slider-runnable-track {
    height: 0.375em;
    border-radius: 1em;
    background: linear-gradient(to right, var(--_accent) calc(0.625em + var(--_p, 0) * (100% - 1.25em)), var(--_track) 0);
  }
  input[type='range']::-moz-range-track {
    height: 0.375em;
    border-radius: 1em;
    background: var(--_track);
  }
  input[type='range']::-moz-range-progress {
    height: 0.375em;
    border-radius: 1em;
    background: var(--_accent);
  }
  input[type='range']::-webkit-slider-thumb {
    -webkit-appearance: none;
    box-sizing: border-box;
    width: 1.25em;
    height: 1.25em;
    margin-top: -0.4375em;
    border-radius: 50%;
    border: 0.1875em solid var(--_bg);
    background: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  input[type='range']::-moz-range-thumb {
    box-sizing: border-box;
    width: 1.25em;
    height: 1.25em;
    border-radius: 50%;
    border: 0.1875em solid var(--_bg);
    background: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  ${fills}

  @media (forced-colors: active) {
    input[type='range'] {
      -webkit-appearance: auto;
      appearance: auto;
    }
  }
`;
