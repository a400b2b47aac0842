import { htmlTokens, type HtmlToken } from "../../../src/core/render/htmlTokens";

const summary = (token: HtmlToken) =>
  token.kind === "text"
    ? `text:${token.text}`
    : token.kind === "comment"
      ? "comment"
      : `${token.closing ? "/" : ""}${token.name}[${token.attributes}]`;

test.each<[string, string[]]>([
  ["<p>Hi</p>", ["p[]", "text:Hi", "/p[]"]],
  ['<a href="x>y">z</a>', ['a[ href="x>y"]', "text:z", "/a[]"]],
  ["<a href='x>y'>z</a>", ["a[ href='x>y']", "text:z", "/a[]"]],
  ['<p a"> <img src=x> "</p>', ['p[ a"]', "text: ", "img[ src=x]", 'text: "', "/p[]"]],
  ["1 < 2 <3", ["text:1 ", "text:<", "text: 2 ", "text:<", "text:3"]],
  ["a<!-- <p> -->b", ["text:a", "comment", "text:b"]],
  ["a<!-- open", ["text:a", "comment"]],
  ["a<p class='open", ["text:a"]],
  ["<BR/>", ["br[/]"]],
  ["", []],
])("htmlTokens(%j)", (html, expected) => {
  expect([...htmlTokens(html)].map(summary)).toEqual(expected);
});

test("hostile input is split in linear time", () => {
  const cases: [string, number][] = [
    ["<a ".repeat(100_000), 0],
    ["<a b='".repeat(50_000), 0],
    ['<p a="'.repeat(50_000) + ">", 1],
    ["<".repeat(300_000), 300_000],
  ];
  const started = Date.now();
  for (const [input, count] of cases) expect(Array.from(htmlTokens(input))).toHaveLength(count);
  expect(Date.now() - started).toBeLessThan(2_000);
});
