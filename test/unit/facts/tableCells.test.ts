// A period in a table row is about its row's label and its column's header,
// not about a place or a log named in the cell next to it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summary } from './read';

test('a cell with no subject of its own takes its row label, then its column header, then the section', () => {
  const backups = ['バックアップの取得と保存は次のとおりです。', '| 対象 | 取得頻度 | 保存期間 | 保管場所 |', '| 勤怠データ | 毎日 | 14日間 | 国内の別リージョン |'].join('\n');
  assert.deepEqual(summary(backups, 'backup'), ['frequency:毎日@backup-frequency (inferred)', 'duration:14日間=14@backup-retention (inferred)']);
  const logs = ['| Log | What it records | Retention |', '| --- | --- | --- |', '| Audit log | administrator actions and access to backups | 13 months |'].join('\n');
  assert.deepEqual(summary(logs), ['duration:13 months=390@log-retention/audit']);
  const header = ['| 種別 | バックアップの保存期間 |', '| 全体 | 7日間 |'].join('\n');
  assert.deepEqual(summary(header), ['duration:7日間=7@backup-retention']);
});

test('a cell that names its subject keeps it, and a table without a header row lends nothing from its first row', () => {
  assert.deepEqual(summary('| 監査ログ | 1年間保存 |'), ['duration:1年間=365@log-retention/audit']);
  assert.deepEqual(summary(['| 操作ログ | 1年間 |', '| アクセスログ | 90日間 |'].join('\n')), ['duration:1年間=365@log-retention/operation', 'duration:90日間=90@log-retention/access']);
  // The subject after the period, in a later cell, still names it; a place there does not.
  assert.deepEqual(summary('| 30 days | Backups |'), ['duration:30 days=30@backup-retention']);
  assert.deepEqual(summary('| 30 days | Tokyo region |'), ['duration:30 days=30@other']);
});

test('a table at the very start of a text that opens on a blank line is read, not walked up forever', () => {
  const text = ['', '| Data | Retention |', '|---|---|', '| Audit log | 30 days |'].join('\n');
  assert.deepEqual(summary(text), ['duration:30 days=30@log-retention/audit']);
});

test('in a schedule whose rows name their kinds, a row naming none is not lent the backup or log section its subject', () => {
  const schedule = ['| Record | Kept for |', '| --- | --- |', '| Workspace database backups | 35 days |', '| Invoices | 7 years |'].join('\n');
  assert.deepEqual(summary(schedule, 'backup'), ['duration:35 days=35@backup-retention', 'duration:7 years=2555@other']);
  const ja = ['| 項目 | 保存期間 |', '| --- | --- |', '| 夜間のデータベースバックアップ | 30日 |', '| 請求明細 | 7年 |'].join('\n');
  assert.deepEqual(summary(ja, 'backup'), ['duration:30日=30@backup-retention', 'duration:7年=2555@other']);
  // A table whose rows name no kind is the section's: the systems of a backup section keep backups.
  const systems = ['| System | Retention |', '| --- | --- |', '| Production database | 35 days |', '| Staging | 7 days |'].join('\n');
  assert.deepEqual(summary(systems, 'backup'), ['duration:35 days=35@backup-retention (inferred)', 'duration:7 days=7@backup-retention (inferred)']);
  // A header naming the kind makes every row one of them; a data retention section's rows stay its customer data.
  const logs = ['| Log type | Retention |', '| --- | --- |', '| Audit logs | 1 year |', '| Security events | 2 years |'].join('\n');
  assert.deepEqual(summary(logs, 'log'), ['duration:1 year=365@log-retention/audit', 'duration:2 years=730@log-retention/general (inferred)']);
});

test('a column headed by a recovery objective or a response time lends its cells no backup or log subject', () => {
  const dr = ['| System | Backup priority | RTO Target | RPO Target |', '|---|---|---|---|', '| Core | High | 1 hour | 15 minutes |'].join('\n');
  assert.deepEqual(summary(dr, 'backup'), ['duration:1 hour=0.042@other', 'duration:15 minutes=0.01@other']);
  const escalation = ['| Severity | Response Time |', '|---|---|', '| High | 4 hours |'].join('\n');
  assert.deepEqual(summary(escalation, 'backup'), ['duration:4 hours=0.167@other']);
  const ja = ['| 区分 | 目標復旧時間 |', '|---|---|', '| 重要 | 4時間 |'].join('\n');
  assert.deepEqual(summary(ja, 'backup'), ['duration:4時間=0.167@other']);
  // A column of the backups' own retention is still theirs.
  const kept = ['| System | Retention |', '|---|---|', '| Core | 30 days |'].join('\n');
  assert.deepEqual(summary(kept, 'backup'), ['duration:30 days=30@backup-retention (inferred)']);
});
