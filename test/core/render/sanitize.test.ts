/**
 * @jest-environment jsdom
 */
// jsdom 29 ships ESM-only dependencies that jest 29's module system cannot load, so this runs
// in jest-environment-jsdom's jsdom window, the same DOM the sanitizer gets in the pane.
import { createSanitizer } from "../../../src/core/render/sanitize";

const sanitizeHtml = createSanitizer(window);

test.each<[string, string, string]>([
  [
    "keeps plain semantic HTML",
    "<p>Hi <strong>Ana</strong>,<br><em>thanks</em></p><ul><li>a</li></ul><ol><li>b</li></ol>",
    "<p>Hi <strong>Ana</strong>,<br><em>thanks</em></p><ul><li>a</li></ul><ol><li>b</li></ol>",
  ],
  ["drops script with its content", "<p>x</p><script>alert(1)</script>", "<p>x</p>"],
  ["drops onerror and the image", '<p>x<img src="x" onerror="alert(1)"></p>', "<p>x</p>"],
  ["drops event handlers on kept tags", '<p onclick="alert(1)" onmouseover="x()">x</p>', "<p>x</p>"],
  ["drops javascript: links, keeps the text", '<a href="javascript:alert(1)">open</a>', "<a>open</a>"],
  ["drops obfuscated javascript: links", '<a href="jav&#x09;ascript:alert(1)">open</a>', "<a>open</a>"],
  ["drops http: links", '<a href="http://example.com">site</a>', "<a>site</a>"],
  [
    "keeps https and mailto links",
    '<a href="https://example.com">a</a> <a href="mailto:sam@contoso.com">b</a>',
    '<a href="https://example.com">a</a> <a href="mailto:sam@contoso.com">b</a>',
  ],
  [
    "drops CSS expressions and every style",
    '<p style="width: expression(alert(1)); background: url(https://t.example/p.gif)">x</p>',
    "<p>x</p>",
  ],
  ["drops style elements", "<style>p { background: url(https://t.example) }</style><p>x</p>", "<p>x</p>"],
  ["drops remote images", '<p><img src="https://tracker.example/pixel.gif">x</p>', "<p>x</p>"],
  [
    "drops iframes, forms and inputs",
    '<iframe src="https://e.example"></iframe><form><input value="x"></form><p>y</p>',
    "<p>y</p>",
  ],
  ["drops classes, fonts and ids", '<p class="big" id="x"><font face="Arial">x</font></p>', "<p>x</p>"],
  ["drops svg script vectors", "<svg><script>alert(1)</script></svg><p>x</p>", "<p>x</p>"],
])("%s", (_name, input, expected) => {
  expect(sanitizeHtml(input)).toBe(expected);
});
