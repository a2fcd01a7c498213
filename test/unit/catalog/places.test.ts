// One vocabulary of places: what data-location reads as a place is what the importer reads in a list of places or
// under a "Hosting" heading, in Japanese and English.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namedPlace } from '../../../server/src/catalog/places';
import { isPlace, statesPlace } from '../../../server/src/rules/jurisdiction';
import { locationList } from '../../../server/src/import/tablesAndLists';
import { borneOut } from '../../../server/src/import/genericTopics';

test('a country, city or cloud region named is a place for the rules and for the importer alike', () => {
  for (const text of ['中国', 'フィリピン', 'Paris', 'Stockholm', 'ap-northeast-1', 'eu-central-1', 'ヨーロッパ', '北海道']) {
    assert.ok(namedPlace(text), `${text} is named`);
    assert.ok(isPlace(text), `${text} is a place for data-location`);
    assert.ok(locationList(`- ${text}\n- Canada\n`, 'Where data is stored'), `a list of ${text} and Canada is a list of places`);
    assert.equal(borneOut('6.1.3', ['hosting'], `Data is hosted in ${text}.`), namedPlace(`Data is hosted in ${text}.`));
  }
});

test('abbreviations count in capitals only, and the side of a border is no place a list names', () => {
  assert.ok(isPlace('データは EU 域内に保存します'));
  assert.ok(!isPlace('files stored by us'));
  assert.equal(namedPlace('chinaware'), undefined);
  assert.ok(statesPlace('お客様のデータは国内のデータセンターに保存します。'), '国内 says where data is kept');
  // A place named only as the far side of its border, as what may happen, names none; as what never happens, it does.
  assert.ok(!statesPlace('保存先のデータセンター所在地は、クラウド事業者の仕様により日本国外となる場合があります。'), 'may be outside Japan');
  assert.ok(!statesPlace('Your data may be stored outside the United States.'), 'may be outside the US');
  assert.ok(statesPlace('Customer data is stored in Frankfurt and never outside the EU.'));
  assert.ok(statesPlace('データは日本国内に保存し、国外へ移転しません。'));
  assert.equal(locationList('| バックアップ | 国内の別リージョン |\n| ログ | 国内の別リージョン |\n'), undefined, '国内 row after row names no place of its own');
  assert.equal(locationList('- 9:00–17:00 in France\n- 9:00–17:00 in Canada\n', 'Support hours'), undefined, 'a list of places about no data');
  assert.equal(borneOut('6.1.3', ['hosting'], 'We never host data overseas.'), 'overseas');
});
