// The 7 cloud-specific controls ISO/IEC 27017 adds (CLD.*). Their ids are placed
// in the 2013 clause structure, and they keep these ids under the 2022 numbering too.
import type { ControlRow } from './types';

export const CLOUD_CONTROLS: readonly ControlRow[] = [
  ['CLD.6.3.1', 'Shared roles and responsibilities in the cloud', 'クラウド環境における役割及び責任の共有及び分担'],
  ['CLD.8.1.5', 'Removal of cloud service customer assets', 'クラウドサービスカスタマの資産の除去'],
  ['CLD.9.5.1', 'Segregation in virtual computing environments', '仮想コンピューティング環境における分離'],
  ['CLD.9.5.2', 'Virtual machine hardening', '仮想マシンの要塞化'],
  ['CLD.12.1.5', "Administrator's operational security", '実務管理者の運用セキュリティ'],
  ['CLD.12.4.5', 'Monitoring of cloud services', 'クラウドサービスの監視'],
  ['CLD.13.1.4', 'Alignment of virtual and physical network security', '仮想及び物理ネットワークのセキュリティ管理の整合'],
];
