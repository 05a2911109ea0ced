import { expect, it } from "vitest";
import { quote } from "./quote";

it("turns quotes inside a quoted title into single quotes", () => {
  expect(`点题${quote("青山镇“党员中心户”做法")}`).toBe("点题“青山镇‘党员中心户’做法”");
  expect(quote("无引号")).toBe("“无引号”");
});
