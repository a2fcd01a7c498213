// "Supply chain" names two things: the providers a cloud service is built on (the standard's 15.1.3, ICT supply chain)
// and the software the provider builds from (a software bill of materials, pinned dependencies, scanned packages, signed
// images). The second is how the provider develops securely (14.2.1): a section that speaks of its components and builds
// and of no supplier answers that.
import type { RecognizedControl } from './recognizeControls';
import { peerKept } from './peerServices';

const COMPONENTS = /\bsboms?\b|\bsoftware bill of materials\b|\bdependenc(?:y|ies)\b|\bpackages?\b|\bopen[- ]source\b|\bcontainer images?\b|\bbuilds?\b|\bci\/cd\b|\bartifacts?\b|ソフトウェア部品表|依存(?:関係|ライブラリ|パッケージ)|オープンソース|ビルド/iu;
const SUPPLIERS = /\bsuppliers?\b|\bvendors?\b|\bsub-?processors?\b|\bsubcontractors?\b|\b(?:cloud|infrastructure|hosting|service) providers?\b|\bthird[- ]part(?:y|ies)\b|供給者|委託先|再委託|クラウド事業者|事業者|ベンダー/iu;

/** A 15.1.3 read from words, turned 14.2.1 where the section's supply chain is its software's: no supplier named, nor read from the cloud it runs on. */
export function softwareSupplyChain(control: RecognizedControl, heading: string, body: string): RecognizedControl[] {
  if (control.id !== '15.1.3' || control.via === 'reference') return [control];
  const text = `${heading}\n${body}`.normalize('NFKC');
  return COMPONENTS.test(text) && !SUPPLIERS.test(text) && peerKept(text)?.peer !== control.words[0] ? [{ ...control, id: '14.2.1' }] : [control];
}
