/**
 * Registers `<sales-funnel>`. The first definition on a page wins: loading the same version again (a CMS that
 * includes the script in two blocks) does nothing and says nothing; a different version says so.
 */
import { SalesFunnel, type SalesFunnelChangeDetail, type SalesFunnelErrorDetail } from './sales-funnel.js';

const defined = customElements.get('sales-funnel') as typeof SalesFunnel | undefined;
if (!defined) customElements.define('sales-funnel', SalesFunnel);
else if (defined.version !== SalesFunnel.version)
  console.warn(`<sales-funnel> ${SalesFunnel.version} not registered: version ${defined.version} came first and stays.`);

declare global {
  interface HTMLElementTagNameMap {
    'sales-funnel': SalesFunnel;
  }
  interface HTMLElementEventMap {
    'sales-funnel-change': CustomEvent<SalesFunnelChangeDetail>;
    'sales-funnel-error': CustomEvent<SalesFunnelErrorDetail>;
  }
}
