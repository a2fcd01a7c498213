// How a whitepaper's silence on an expected control counts, per service model.
// "error": a customer cannot judge the service without it (data lifecycle, the
// responsibility split, incidents, law and location, encryption, backup).
// "warning": due diligence normally asks for it. "info": worth saying, rarely decisive.
// The lower the layer the provider runs, the more of the stack the customer
// secures itself, so infrastructure topics weigh more for IaaS and
// application topics more for SaaS.
import type { GapSeverity, ServiceModel } from './types';

export type SeverityProfileRow = Readonly<Record<ServiceModel, GapSeverity>>;

export const SEVERITY_PROFILES: Readonly<Record<string, SeverityProfileRow>> = {
  '5.1.1': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  '6.1.1': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  '6.1.3': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  'CLD.6.3.1': { IaaS: 'error', PaaS: 'error', SaaS: 'error' },
  // Staff training is internal to the provider; customers seldom decide on it.
  '7.2.2': { IaaS: 'info', PaaS: 'info', SaaS: 'info' },
  // On IaaS the customer inventories what it runs in its own machines.
  '8.1.1': { IaaS: 'info', PaaS: 'warning', SaaS: 'warning' },
  'CLD.8.1.5': { IaaS: 'error', PaaS: 'error', SaaS: 'error' },
  // Labelling is an application feature: only a SaaS provider offers it on the customer's data.
  '8.2.2': { IaaS: 'info', PaaS: 'info', SaaS: 'warning' },
  '9.1.2': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  '9.2.1': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  '9.2.2': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  '9.2.3': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  '9.2.4': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  '9.4.1': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  // SaaS customers are not handed tools that bypass the application's controls.
  '9.4.4': { IaaS: 'warning', PaaS: 'warning', SaaS: 'info' },
  // Tenants share hosts and networks directly below IaaS and PaaS; a SaaS separates them inside the application.
  'CLD.9.5.1': { IaaS: 'error', PaaS: 'error', SaaS: 'warning' },
  // SaaS customers never touch a virtual machine.
  'CLD.9.5.2': { IaaS: 'warning', PaaS: 'warning', SaaS: 'info' },
  '10.1.1': { IaaS: 'error', PaaS: 'error', SaaS: 'error' },
  '10.1.2': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  '11.2.7': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  '12.1.2': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  // Quotas and resource limits shape IaaS/PaaS designs; a SaaS user only sees the service slow down.
  '12.1.3': { IaaS: 'warning', PaaS: 'warning', SaaS: 'info' },
  'CLD.12.1.5': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  '12.3.1': { IaaS: 'error', PaaS: 'error', SaaS: 'error' },
  // A SaaS customer has no logs but the provider's; below it, customers log their own systems.
  '12.4.1': { IaaS: 'warning', PaaS: 'warning', SaaS: 'error' },
  '12.4.3': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  '12.4.4': { IaaS: 'info', PaaS: 'info', SaaS: 'info' },
  'CLD.12.4.5': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  // On IaaS the guest operating system is the customer's to patch; above it the provider patches what customers run on.
  '12.6.1': { IaaS: 'warning', PaaS: 'error', SaaS: 'error' },
  '13.1.3': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  // SaaS customers configure no networks.
  'CLD.13.1.4': { IaaS: 'warning', PaaS: 'warning', SaaS: 'info' },
  '14.1.1': { IaaS: 'info', PaaS: 'info', SaaS: 'info' },
  // The provider's own code is a thin layer under IaaS, the whole product in SaaS.
  '14.2.1': { IaaS: 'info', PaaS: 'warning', SaaS: 'warning' },
  '15.1.1': { IaaS: 'info', PaaS: 'info', SaaS: 'info' },
  '15.1.2': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  '15.1.3': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  '16.1.1': { IaaS: 'error', PaaS: 'error', SaaS: 'error' },
  '16.1.2': { IaaS: 'error', PaaS: 'error', SaaS: 'error' },
  // IaaS/PaaS customers can snapshot and keep their own evidence; a SaaS customer depends on the provider.
  '16.1.7': { IaaS: 'info', PaaS: 'info', SaaS: 'warning' },
  '18.1.1': { IaaS: 'error', PaaS: 'error', SaaS: 'error' },
  '18.1.2': { IaaS: 'info', PaaS: 'info', SaaS: 'info' },
  '18.1.3': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
  // Matters only across borders; 18.1.1 already asks where data lives.
  '18.1.5': { IaaS: 'info', PaaS: 'info', SaaS: 'info' },
  '18.2.1': { IaaS: 'warning', PaaS: 'warning', SaaS: 'warning' },
};
