import { executeServerCommand } from '@web/test-runner-commands';

/** What happened when a visitor opened a page: see `pagesPlugin` in web-test-runner.config.mjs. */
export interface PageReport {
  failed?: string;
  errors: string[];
  warnings: string[];
  requests: string[];
  violations: string[];
  globals: string[];
  pageOverflow: boolean;
  pwned: unknown;
  sheets: number;
  funnels: { rendered: boolean; error: string | null; overflow: boolean; height: number; svg: number[] | null; slider: number[] | null; fontSize: number }[];
}

/** Opens `path` (from the project's root) in a new tab at `width` px, presses every `click` in every funnel, and reports. */
export const openPage = (path: string, width?: number, click?: string) =>
  executeServerCommand<PageReport, { url: string; width?: number; click?: string }>('open-page', { url: new URL(path, location.origin).href, width, click });
