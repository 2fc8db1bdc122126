/** The people table's columns: who each person is and what the source reports of them. */
import { PERSON_ROLE_LABEL } from '../../model/vocabulary'
import { conflictsColumn, listColumn, type PersonRow, type TableSpec } from './table-columns'

export const PEOPLE_TABLE: TableSpec<PersonRow> = {
  kind: 'people',
  title: 'People',
  noun: 'people',
  defaultSort: { column: 'name', direction: 'ascending' },
  columns: [
    {
      key: 'name',
      label: 'Person',
      text: (r) => r.name,
      sortValue: (r) => (r.person.name ? r.name : null),
      render: 'name',
    },
    listColumn('nationalities', 'Nationalities', (r) => r.nationalityNames, 'not stated'),
    {
      key: 'roles',
      label: 'Roles',
      text: (r) => r.person.roles.map((role) => PERSON_ROLE_LABEL[role]).join(', '),
      sortValue: (r) => r.person.roles.join(',') || null,
    },
    listColumn('units', 'Units', (r) => r.unitNames),
    {
      key: 'description',
      label: 'Who',
      text: (r) => r.person.description,
      sortValue: (r) => r.person.description,
    },
    {
      key: 'facts',
      label: 'What the source reports',
      text: (r) => r.factsText,
      sortValue: (r) => r.factsText || null,
    },
    conflictsColumn(),
  ],
}
