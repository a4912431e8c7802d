/** The package's entry: the element (registered as `<sales-funnel>` on import), its event details, and the calculator. */
import './element/define.js';
export { SalesFunnel, type SalesFunnelChangeDetail, type SalesFunnelErrorDetail } from './element/sales-funnel.js';
export type { ConfigIssue, StepConfig } from './config/settings.js';
export * from './core/index.js';
