import { useAccountsById } from '../api/getAccount';

/** A parent's children as « Lefèvre Léa (4B), Lefèvre Tom (6A) », where a student shows a class. */
export function ChildrenNames({ ids }: { ids: string[] }) {
  const children = useAccountsById(ids);
  return (
    <>
      {children
        .map((child) => child.data)
        .filter((child) => child !== undefined)
        .map(
          (child) =>
            `${child.lastName} ${child.firstName}${child.className ? ` (${child.className})` : ''}`,
        )
        .join(', ')}
    </>
  );
}
