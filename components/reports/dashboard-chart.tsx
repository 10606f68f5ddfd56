'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartBar {
  dataKey: string;
  name: string;
  color: string;
}

const COMPACT = new Intl.NumberFormat('vi-VN', { notation: 'compact', maximumFractionDigits: 1 });
const FULL = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/**
 * A bar chart that fits a phone (fixed height, full width, compact axis labels). It is a picture
 * for sighted users; the same figures are in the table next to it (ChartCard), which screen readers read.
 */
export function DashboardChart({ data, bars, category }: { data: Record<string, string | number | null>[]; bars: ChartBar[]; category: string }) {
  return (
    <div aria-hidden="true" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        {/* No keyboard layer (recharts 3 makes the chart a focusable tab stop by default): a focusable
            element inside aria-hidden is a serious accessibility fault, and the table holds the figures. */}
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={category} tick={{ fontSize: 11 }} interval={0} tickFormatter={(v: string) => (v.length > 14 ? `${v.slice(0, 13)}…` : v)} />
          <YAxis tick={{ fontSize: 11 }} width={56} tickFormatter={(v: number) => COMPACT.format(v)} />
          <Tooltip formatter={(v) => FULL.format(Number(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {bars.map((b) => (
            <Bar key={b.dataKey} dataKey={b.dataKey} name={b.name} fill={b.color} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
