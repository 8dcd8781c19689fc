/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { visualEditorLoss, visualRoundTrip } from './letterHtml';

// The originals Sésame ships, read from the backend's resources (tests run in frontend/).
const folder = `${process.cwd()}/../backend/src/main/resources/templates/originals`;
const originals = readdirSync(folder)
  .filter((name) => name.endsWith('.html'))
  .map((name) => [name, readFileSync(`${folder}/${name}`, 'utf8')] as const);

describe('the visual editor round trip', () => {
  it('reads the four shipped originals', () => expect(originals).toHaveLength(4));

  it.each(originals)('keeps every table, class and word of the shipped original %s', (_, body) => {
    expect(visualEditorLoss(body)).toEqual([]);
    const kept = visualRoundTrip(body);
    expect(kept).toMatch(
      /<table class="credentials"><tbody><tr><td>[^<]+<\/td><td class="value">\{\{/,
    );
    expect(kept).not.toContain('<colgroup');
  });

  it('writes loose cell and item text back without the paragraphs the editor adds', () => {
    const body =
      '<table class="credentials"><tbody><tr><td>Identifiant</td><td class="value">{{login}}</td></tr></tbody></table>' +
      '<ol class="steps"><li>Scannez</li></ol><div class="recipient">{{first_name}}<br>Paris</div>';

    expect(visualRoundTrip(body)).toBe(body);
  });

  it('keeps written paragraphs, styles and spans', () => {
    const body =
      '<p style="text-align: right">Le {{edition_date}}</p>' +
      '<table><tbody><tr><td style="width: 40%"><p>Un</p><p>Deux</p></td></tr></tbody></table>' +
      '<p><span class="big">Grand</span> <small>petit</small></p>';

    expect(visualEditorLoss(body)).toEqual([]);
  });

  it('names what it would lose: a table head, nested spans', () => {
    expect(
      visualEditorLoss(
        '<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
      ),
    ).toContain('<thead>');
    expect(visualEditorLoss('<p><span class="a"><span class="b">x</span></span></p>')).not.toEqual(
      [],
    );
  });
});
