/** The components editors may use in a report's MDX without importing them. */
import Caption from './Caption.astro';
import Chart from './Chart.astro';
import Fact from './Fact.astro';

export const mdxComponents = { Caption, Chart, Fact };
