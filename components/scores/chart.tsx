"use client";

import { useEffect, useRef } from "react";
import { init, use as registerEcharts, type EChartsCoreOption, type EChartsType } from "echarts/core";
import { BarChart, LineChart, PieChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

// Only what the score charts use, bundled with the app.
registerEcharts([BarChart, LineChart, PieChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

/**
 * A chart drawn by ECharts on a canvas: the option as given, without animation, in the page's
 * own (system) font, resized with the window and disposed with the component.
 */
export function Chart({ option, ariaLabel, height = 320 }: { option: EChartsCoreOption; ariaLabel: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = init(el, null, { renderer: "canvas", locale: "ZH" });
    chart.current = instance;
    const onResize = () => instance.resize();
    window.addEventListener("resize", onResize);
    return () => {
      window.removeEventListener("resize", onResize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    const el = ref.current;
    if (!instance || !el) return;
    const fontFamily = getComputedStyle(el).fontFamily;
    instance.setOption(
      { animation: false, textStyle: { fontFamily }, aria: { enabled: true, label: { description: ariaLabel } }, ...option },
      { notMerge: true },
    );
  }, [option, ariaLabel]);

  return <div ref={ref} role="img" aria-label={ariaLabel} data-testid="chart" className="w-full" style={{ height }} />;
}
