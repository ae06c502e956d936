/** Every chart editors can place in a report with `<Chart id="…" />`, by id. */
import type { ChartDefinition } from '../lib/charts/chart.ts';
import { aboveScaleEnterprises } from './above-scale-enterprises.ts';
import { clusterOutput } from './cluster-output.ts';
import { concentration } from './concentration.ts';
import { freightTrains } from './freight-trains.ts';
import { greenFactories } from './green-factories.ts';
import { growthRates } from './growth-rates.ts';
import { headlineOutput } from './headline-output.ts';
import { industrialOutput } from './industrial-output.ts';
import { investmentAgreed } from './investment-agreed.ts';
import { investmentByIndustry } from './investment-by-industry.ts';
import { projectStarts } from './project-starts.ts';
import { smartManufacturingCumulative } from './smart-manufacturing-cumulative.ts';
import { smartManufacturingNew } from './smart-manufacturing-new.ts';
import { specialFunds } from './special-funds.ts';
import { specializedSmes } from './specialized-smes.ts';
import { techEnterprises } from './tech-enterprises.ts';

/** The charts, in the order the site lists them. */
export const CHARTS: readonly ChartDefinition[] = [
  headlineOutput,
  industrialOutput,
  aboveScaleEnterprises,
  investmentByIndustry,
  investmentAgreed,
  projectStarts,
  clusterOutput,
  growthRates,
  concentration,
  specializedSmes,
  techEnterprises,
  smartManufacturingNew,
  smartManufacturingCumulative,
  greenFactories,
  freightTrains,
  specialFunds,
];

/** A chart by id, or `undefined`. */
export function chartById(id: string): ChartDefinition | undefined {
  return CHARTS.find((chart) => chart.id === id);
}
