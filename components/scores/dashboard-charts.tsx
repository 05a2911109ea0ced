"use client";

import { useMemo } from "react";
import type { ComposeOption } from "echarts/core";
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from "echarts/charts";
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
// Types only: the data module itself stays on the server.
import type { CategoryRow, TrendSeries, YearCompareRow } from "@/lib/scores/dashboard-view";
import { Chart } from "./chart";

type Option = ComposeOption<BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption>;

const PARTY = "#c8161d";
const MUTED = "#a8a29e";
const PALETTE = [PARTY, "#2563eb", "#d97706", "#059669", "#7c3aed", "#0891b2", "#db2777", "#65a30d", "#57534e", "#ea580c", "#0d9488", "#9333ea"];
const AXIS_TEXT = { color: "#44403c", fontSize: 12 };
const points = (v: unknown) => `${Array.isArray(v) ? v[0] : v} 分`;

/** Unit names under a bar chart: all shown, slanted when they would not fit side by side. */
function unitLabels(names: readonly string[]) {
  const longest = Math.max(0, ...names.map((n) => n.length));
  const slant = names.length > 6 || longest * names.length > 48;
  return { ...AXIS_TEXT, interval: 0, rotate: slant ? 35 : 0, hideOverlap: false };
}

/** 排名: one horizontal bar per unit, the first at the top, with its points at the bar's end. */
export function RankingChart({ rows, title }: { rows: ReadonlyArray<{ name: string; points: number }>; title: string }) {
  const option = useMemo<Option>(
    () => ({
      grid: { left: 8, right: 40, top: 8, bottom: 8 },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: points },
      xAxis: { type: "value", minInterval: 1, axisLabel: AXIS_TEXT, splitLine: { lineStyle: { color: "#e7e5e4" } } },
      yAxis: { type: "category", inverse: true, data: rows.map((r) => r.name), axisLabel: AXIS_TEXT, axisTick: { show: false } },
      series: [
        {
          type: "bar",
          name: "得分",
          data: rows.map((r) => r.points),
          barMaxWidth: 18,
          itemStyle: { color: PARTY, borderRadius: [0, 3, 3, 0] },
          label: { show: true, position: "right", color: "#1c1917", formatter: "{c}" },
        },
      ],
    }),
    [rows],
  );
  return <Chart option={option} ariaLabel={title} height={Math.max(160, rows.length * 30 + 30)} />;
}

/** 月度走势: one line per unit, months along the bottom. */
export function TrendChart({ months, series, title }: { months: readonly string[]; series: readonly TrendSeries[]; title: string }) {
  const option = useMemo<Option>(
    () => ({
      color: PALETTE,
      grid: { left: 8, right: 24, top: 48, bottom: 8 },
      legend: { top: 0, type: "plain", textStyle: AXIS_TEXT, itemWidth: 18 },
      tooltip: { trigger: "axis", valueFormatter: points },
      xAxis: { type: "category", data: [...months], boundaryGap: false, axisLabel: AXIS_TEXT },
      yAxis: { type: "value", name: "得分", minInterval: 1, nameTextStyle: AXIS_TEXT, axisLabel: AXIS_TEXT, splitLine: { lineStyle: { color: "#e7e5e4" } } },
      series: series.map((s) => ({ type: "line" as const, name: s.name, data: s.data, symbolSize: 6, lineStyle: { width: 2 } })),
    }),
    [months, series],
  );
  return <Chart option={option} ariaLabel={title} height={340} />;
}

/** 按类别: a ring of the period's points by rule, labelled with points and share. */
export function CategoryChart({ rows, title }: { rows: readonly CategoryRow[]; title: string }) {
  const option = useMemo<Option>(
    () => ({
      color: PALETTE,
      tooltip: { trigger: "item", formatter: "{b}：{c} 分（{d}%）" },
      series: [
        {
          type: "pie",
          name: "得分",
          radius: ["38%", "66%"],
          center: ["50%", "52%"],
          data: rows.filter((r) => r.points > 0).map((r) => ({ name: r.label, value: r.points })),
          label: { formatter: "{b}\n{c} 分", color: "#44403c", fontSize: 12, lineHeight: 16 },
          itemStyle: { borderColor: "#fff", borderWidth: 2 },
        },
      ],
    }),
    [rows],
  );
  return <Chart option={option} ariaLabel={title} height={300} />;
}

/** 同比: this period and the same period a year before, side by side for each unit. */
export function YearCompareChart({ rows, currentLabel, previousLabel, title }: { rows: readonly YearCompareRow[]; currentLabel: string; previousLabel: string; title: string }) {
  const option = useMemo<Option>(
    () => ({
      grid: { left: 8, right: 16, top: 40, bottom: 8 },
      legend: { top: 0, textStyle: AXIS_TEXT },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: points },
      xAxis: { type: "category", data: rows.map((r) => r.name), axisLabel: unitLabels(rows.map((r) => r.name)), axisTick: { alignWithLabel: true } },
      yAxis: { type: "value", name: "得分", minInterval: 1, nameTextStyle: AXIS_TEXT, axisLabel: AXIS_TEXT, splitLine: { lineStyle: { color: "#e7e5e4" } } },
      series: [
        { type: "bar", name: currentLabel, data: rows.map((r) => r.current), itemStyle: { color: PARTY }, barMaxWidth: 22 },
        { type: "bar", name: previousLabel, data: rows.map((r) => r.previous), itemStyle: { color: MUTED }, barMaxWidth: 22 },
      ],
    }),
    [rows, currentLabel, previousLabel],
  );
  return <Chart option={option} ariaLabel={title} height={380} />;
}
