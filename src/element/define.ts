/**
 * Registers `<sales-funnel>`. The first definition on a page wins: loading the same version again (a CMS that
 * includes the script in two blocks) does nothing and says nothing; a different version says so.
 */
import { loadWords } from '../view/words/index.js';
import { SalesFunnel, type SalesFunnelChangeDetail, type SalesFunnelErrorDetail } from './sales-funnel.js';

const defined = customElements.get('sales-funnel') as typeof SalesFunnel | undefined;
if (!defined) {
  // The page's language's words (a chunk), fetched now, while the funnels upgrade: most funnels speak it.
  loadWords(/^nl\b/i.test(document.documentElement.lang) ? 'nl' : 'en');
  customElements.define('sales-funnel', SalesFunnel);
} else if (defined.version !== SalesFunnel.version)
  console.warn(
    `<sales-funnel> ${SalesFunnel.version} not registered: version ${defined.version} came first and stays.`,
  );

declare global {
  interface HTMLElementTagNameMap {
    'sales-funnel': SalesFunnel;
  }
  interface HTMLElementEventMap {
    'sales-funnel-change': CustomEvent<SalesFunnelChangeDetail>;
    'sales-funnel-error': CustomEvent<SalesFunnelErrorDetail>;
  }
}
