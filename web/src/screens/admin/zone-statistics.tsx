/** Zone statistics as charts: the zone office's pipeline at a glance. */
import { useQuery } from '../../api/hooks.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { Section } from '../../components/fields.js';
import { useI18n } from '../../i18n/i18n.js';
import { COUNTRIES } from '../../api/vocabulary.js';
import type { Locale } from '../../i18n/locales.js';
import type { ZoneStatisticsQuery as ZoneStatisticsResult } from '../../generated/graphql.js';
import { BarChart } from './bar-chart.js';
import { GroupedBarChart, type BarGroup } from './grouped-bar-chart.js';
import { ZoneStatisticsQuery } from './admin-operations.js';

type CountryChainGroupCounts = ZoneStatisticsResult['zoneStatistics']['organizations']['byCountryAndChainGroup'];

/**
 * One row per chain group (in the API's plan order), one value per country; the
 * group's name in the UI language from all three, so a language switch never
 * shows the previous language's names while the statistics reload.
 */
function chainGroupRows(counts: CountryChainGroupCounts, locale: Locale): BarGroup[] {
  const rows = new Map<string, { label: string; values: number[] }>();
  for (const { country, count, chainGroup } of counts) {
    const row = rows.get(chainGroup.id) ?? {
      label: chainGroup.names[locale] ?? chainGroup.names.en ?? chainGroup.id,
      values: COUNTRIES.map(() => 0),
    };
    row.values[COUNTRIES.indexOf(country)] = count;
    rows.set(chainGroup.id, row);
  }
  return [...rows].map(([key, row]) => ({ key, ...row }));
}

/** A count per value of a GraphQL enum, each bar labelled in the UI language. */
function CountChart({ title, enumName, rows }: { title: string; enumName: string; rows: readonly { value: string; count: number }[] }) {
  const { label } = useI18n();
  return <BarChart title={title} bars={rows.map((row) => ({ key: row.value, label: label(enumName, row.value), value: row.count }))} />;
}

/** The statistics section of the administration screen. */
export function ZoneStatistics() {
  const { t, label, locale } = useI18n();
  const { data, error, loading } = useQuery(ZoneStatisticsQuery, {});
  const stats = data?.zoneStatistics;
  return (
    <Section title={t('admin.statistics')}>
      {loading && <Loading />}
      <ErrorNotice error={error} />
      {stats && (
        <>
          <p className="muted">{t('admin.computedAt', { date: new Date(stats.computedAt).toLocaleString(locale) })}</p>
          <div className="charts">
            <CountChart
              title={`${t('admin.orgsByCountry')} — ${t('admin.total', { count: stats.organizations.total })}`}
              enumName="Country"
              rows={stats.organizations.byCountry.map((row) => ({ value: row.country, count: row.count }))}
            />
            <GroupedBarChart
              title={t('admin.orgsByCountryAndChainGroup')}
              series={COUNTRIES.map((country) => ({ key: country, label: label('Country', country) }))}
              groups={chainGroupRows(stats.organizations.byCountryAndChainGroup, locale)}
            />
            <CountChart
              title={t('admin.orgsByType')}
              enumName="OrganizationType"
              rows={stats.organizations.byType.map((row) => ({ value: row.type, count: row.count }))}
            />
            <CountChart
              title={t('admin.orgsByVerification')}
              enumName="VerificationStatus"
              rows={stats.organizations.byVerification.map((row) => ({ value: row.verification, count: row.count }))}
            />
            <CountChart
              title={`${t('admin.postingsByStatus')} — ${t('admin.total', { count: stats.postings.total })}`}
              enumName="CollaborationStatus"
              rows={stats.postings.byStatus.map((row) => ({ value: row.status, count: row.count }))}
            />
            <CountChart
              title={`${t('admin.matchesByStatus')} — ${t('admin.total', { count: stats.matches.total })}`}
              enumName="MatchStatus"
              rows={stats.matches.byStatus.map((row) => ({ value: row.status, count: row.count }))}
            />
            <CountChart
              title={t('admin.matchesByOutcome')}
              enumName="MatchOutcome"
              rows={stats.matches.byOutcome.map((row) => ({ value: row.outcome, count: row.count }))}
            />
          </div>
        </>
      )}
    </Section>
  );
}
