import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  type Key,
} from 'react-aria-components';

export type Option = { id: string; label: string };

type Props = {
  label: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  name?: string;
  isDisabled?: boolean;
};

// react-aria keys may not be empty: the "no choice" option ('') gets this key instead.
const noneKey = '__none__';
const toKey = (id: string) => (id === '' ? noneKey : id);

/** A labelled single choice among a few options (react-aria Select); '' may stand for "any". */
export function SelectField({ label, options, value, onChange, name, isDisabled }: Props) {
  return (
    <Select
      className="select-field"
      name={name}
      value={toKey(value)}
      isDisabled={isDisabled}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(key === noneKey ? '' : String(key));
      }}
    >
      <Label>{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <ListBox items={options.map((option) => ({ ...option, id: toKey(option.id) }))}>
          {(option) => <ListBoxItem id={option.id}>{option.label}</ListBoxItem>}
        </ListBox>
      </Popover>
    </Select>
  );
}
