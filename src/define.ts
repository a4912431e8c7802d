/**
 * Registers `<sales-funnel>`. The first definition on a page wins: loading the same version again (a CMS that
 * includes the script in two blocks) does nothing and says nothing; a different version says so once.
 */
import { SalesFunnel, type SalesFunnelChangeDetail, type SalesFunnelErrorDetail } from './sales-funnel.js';

const warned = Symbol.for('sales-funnel-warned');

const defined = customElements.get('sales-funnel') as (typeof SalesFunnel & { [warned]?: true }) | undefined;
if (!defined) customElements.define('sales-funnel', SalesFunnel);
else if (defined.version !== SalesFunnel.version && !defined[warned]) {
  // Marked on the other copy's class, so a third copy says nothing more.
  defined[warned] = true;
  console.warn(`<sales-funnel> ${SalesFunnel.version} not registered: version ${defined.version} came first and stays.`);
}

declare global {
  interface HTMLElementTagNameMap {
    'sales-funnel': SalesFunnel;
  }
  interface HTMLElementEventMap {
    'sales-funnel-change': CustomEvent<SalesFunnelChangeDetail>;
    'sales-funnel-error': CustomEvent<SalesFunnelErrorDetail>;
  }
}
