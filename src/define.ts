/** Registers `<sales-funnel>`; does nothing when it is already defined (a CMS that loads the script twice). */
import { SalesFunnel, type SalesFunnelChangeDetail, type SalesFunnelErrorDetail } from './sales-funnel.js';

if (!customElements.get('sales-funnel')) customElements.define('sales-funnel', SalesFunnel);

declare global {
  interface HTMLElementTagNameMap {
    'sales-funnel': SalesFunnel;
  }
  interface HTMLElementEventMap {
    'sales-funnel-change': CustomEvent<SalesFunnelChangeDetail>;
    'sales-funnel-error': CustomEvent<SalesFunnelErrorDetail>;
  }
}
