/** @jest-environment jsdom */
import { parseAddinManifest } from "../../src/simulator/addinManifest";
import { htmlToText, textToHtml } from "../../src/simulator/bodies";

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="MailApp">
  <DisplayName DefaultValue="Decision Ask"/>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts><Host xsi:type="MailHost"><DesktopFormFactor>
      <FunctionFile resid="Commands.Url"/>
      <ExtensionPoint xsi:type="MessageReadCommandSurface">
        <OfficeTab id="TabDefault"><Group id="msgRead.Group"><Label resid="Group.Label"/>
          <Control xsi:type="Button" id="msgRead.Reply"><Label resid="Reply.Label"/>
            <Supertip><Title resid="Reply.Label"/><Description resid="Reply.Tip"/></Supertip>
            <Action xsi:type="ExecuteFunction"><FunctionName>replyWithDecisionAsk</FunctionName></Action>
          </Control>
          <Control xsi:type="Button" id="msgRead.Pane"><Label resid="Pane.Label"/>
            <Supertip><Title resid="Pane.Label"/><Description resid="Pane.Tip"/></Supertip>
            <Action xsi:type="ShowTaskpane"><SourceLocation resid="Taskpane.Url"/><SupportsPinning>true</SupportsPinning></Action>
          </Control>
        </Group></OfficeTab>
      </ExtensionPoint>
      <ExtensionPoint xsi:type="MessageComposeCommandSurface">
        <OfficeTab id="TabDefault"><Group id="msgCompose.Group"><Label resid="Group.Label"/>
          <Control xsi:type="Button" id="msgCompose.Insert"><Label resid="Insert.Label"/>
            <Supertip><Title resid="Insert.Label"/><Description resid="Reply.Tip"/></Supertip>
            <Action xsi:type="ExecuteFunction"><FunctionName>insertDecisionAsk</FunctionName></Action>
          </Control>
        </Group></OfficeTab>
      </ExtensionPoint>
    </DesktopFormFactor></Host></Hosts>
    <Resources>
      <bt:Urls xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0">
        <bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>
        <bt:Url id="Taskpane.Url" DefaultValue="https://addin.example.com/taskpane.html?mode=read"/>
      </bt:Urls>
      <bt:ShortStrings xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0">
        <bt:String id="Group.Label" DefaultValue="Decision Ask"/>
        <bt:String id="Reply.Label" DefaultValue="Reply with decision ask"/>
        <bt:String id="Pane.Label" DefaultValue="Decision Ask"/>
        <bt:String id="Insert.Label" DefaultValue="Insert decision ask"/>
      </bt:ShortStrings>
      <bt:LongStrings xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0">
        <bt:String id="Reply.Tip" DefaultValue="Drafts a reply"/>
        <bt:String id="Pane.Tip" DefaultValue="Opens the pane"/>
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>`;

describe("reading the add-in's manifest", () => {
  test("finds each surface's buttons, their labels and actions, and the function file", () => {
    const commands = parseAddinManifest(MANIFEST);
    expect(commands.displayName).toBe("Decision Ask");
    expect(commands.groupLabel).toBe("Decision Ask");
    expect(commands.functionFile).toBe("/commands.html");
    expect(commands.read).toEqual([
      {
        id: "msgRead.Reply",
        label: "Reply with decision ask",
        tooltip: "Drafts a reply",
        action: { kind: "function", functionName: "replyWithDecisionAsk" },
      },
      {
        id: "msgRead.Pane",
        label: "Decision Ask",
        tooltip: "Opens the pane",
        action: { kind: "taskpane", url: "/taskpane.html?mode=read", pinnable: true },
      },
    ]);
    expect(commands.compose.map((b) => b.action)).toEqual([
      { kind: "function", functionName: "insertDecisionAsk" },
    ]);
  });

  test("takes the buttons of the newest VersionOverrides when the manifest nests two", () => {
    const older = MANIFEST.replace("Reply with decision ask", "Old label").replace(
      "<SupportsPinning>true</SupportsPinning>",
      "",
    );
    const nested = older.replace(
      "</DesktopFormFactor></Host></Hosts>",
      `</DesktopFormFactor></Host></Hosts>
      <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
        <Hosts><Host xsi:type="MailHost"><DesktopFormFactor>
          <ExtensionPoint xsi:type="MessageReadCommandSurface"><OfficeTab id="TabDefault"><Group id="g"><Label resid="Group.Label"/>
            <Control xsi:type="Button" id="new.Pane"><Label resid="Pane.Label"/>
              <Action xsi:type="ShowTaskpane"><SourceLocation resid="Taskpane.Url"/><SupportsPinning>true</SupportsPinning></Action>
            </Control>
          </Group></OfficeTab></ExtensionPoint>
        </DesktopFormFactor></Host></Hosts>
      </VersionOverrides>`,
    );
    const { read } = parseAddinManifest(nested);
    expect(read.map((b) => [b.id, b.action])).toEqual([
      ["new.Pane", { kind: "taskpane", url: "/taskpane.html?mode=read", pinnable: true }],
    ]);
  });

  test("rejects a manifest that is not XML", () => {
    expect(() => parseAddinManifest("<OfficeApp>")).toThrow("not well-formed");
  });
});

describe("body conversions", () => {
  test.each([
    ["<p>Hi Sam,</p><p>Could you send a quote?</p>", "Hi Sam,\nCould you send a quote?"],
    ["<div>line one<br>line two</div>", "line one\nline two"],
    ["<html><head><style>p{}</style></head><body>a&nbsp;b <script>x</script></body></html>", "a\u00a0b"],
    ["<ul><li>one</li><li>two</li></ul>", "one\ntwo"],
  ])("htmlToText(%j)", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  test("textToHtml escapes markup and keeps lines", () => {
    expect(textToHtml("a <b>\nc & d")).toBe('<div class="PlainText">a &lt;b&gt;<br>\nc &amp; d</div>');
  });
});
