package fr.sesame.accounts;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Accounts and parent–child links in PostgreSQL. */
@Repository
class AccountRepository {

  private final DatabaseClient db;

  AccountRepository(DatabaseClient db) {
    this.db = db;
  }

  record Link(UUID parentId, UUID childId) {}

  Mono<Long> count(AccountFilter.Condition where) {
    return bindAll(db.sql("select count(*) as n from account a where " + where.sql()), where)
        .map(row -> row.get("n", Long.class))
        .one();
  }

  Flux<AccountRow> find(AccountFilter.Condition where, String orderBy, int limit, long offset) {
    return bindAll(
            db.sql(
                "select "
                    + AccountRow.COLUMNS
                    + " from account a where "
                    + where.sql()
                    + " order by "
                    + orderBy
                    + " limit :limit offset :offset"),
            where)
        .bind("limit", limit)
        .bind("offset", offset)
        .map(AccountRow::read)
        .all();
  }

  Mono<AccountRow> findById(UUID id) {
    return db.sql("select " + AccountRow.COLUMNS + " from account a where a.id = :id")
        .bind("id", id)
        .map(AccountRow::read)
        .one();
  }

  Flux<AccountRow> findByIds(Collection<UUID> ids) {
    return db.sql("select " + AccountRow.COLUMNS + " from account a where a.id = any(:ids)")
        .bind("ids", ids.toArray(UUID[]::new))
        .map(AccountRow::read)
        .all();
  }

  /** Accounts a file may refer to: by login, or by external id. */
  Flux<AccountRow> findByLoginsOrExternalIds(Collection<String> logins, Collection<String> ids) {
    return db.sql(
            "select "
                + AccountRow.COLUMNS
                + " from account a where a.login = any(:logins) or a.external_id = any(:ids)")
        .bind("logins", logins.toArray(String[]::new))
        .bind("ids", ids.toArray(String[]::new))
        .map(AccountRow::read)
        .all();
  }

  Flux<Link> links(Collection<UUID> ids) {
    return db.sql(
            "select parent_id, child_id from account_child"
                + " where parent_id = any(:ids) or child_id = any(:ids)")
        .bind("ids", ids.toArray(UUID[]::new))
        .map(row -> new Link(row.get("parent_id", UUID.class), row.get("child_id", UUID.class)))
        .all();
  }

  /** Logins that a generated one could collide with: {@code base} and {@code base<digits>}. */
  /**
   * Logins taken with this start: accounts', and administrators' usernames, since both sign in at
   * the same place and an administrator's name would shadow a recipient's login.
   */
  Flux<String> loginsStartingWith(String base) {
    return db.sql(
            "select login from account where login like :prefix escape '\\'"
                + " union select lower(username) from admin_user"
                + " where lower(username) like :prefix escape '\\'")
        .bind("prefix", base.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + "%")
        .map(row -> row.get("login", String.class))
        .all();
  }

  Mono<UUID> insert(AccountRow account, OffsetDateTime now) {
    return bindDetails(
            db.sql(
                "insert into account (kind, civility, last_name, first_name, login, email,"
                    + " class_name, address, external_id, connection_mode, password_state,"
                    + " search_text, last_name_key, first_name_key, created_at, updated_at)"
                    + " values (:kind, :civility, :lastName, :firstName, :login, :email,"
                    + " :className, :address, :externalId, :connectionMode, 'NONE',"
                    + " :searchText, :lastNameKey, :firstNameKey, :now, :now) returning id"),
            account)
        .bind("now", now)
        .map(row -> row.get("id", UUID.class))
        .one();
  }

  /** Inserts many accounts in one statement; answers each new id by login. */
  Flux<Map.Entry<String, UUID>> insertAll(List<AccountRow> accounts, OffsetDateTime now) {
    if (accounts.isEmpty()) {
      return Flux.empty();
    }
    return bindColumns(
            db.sql(
                "insert into account (kind, civility, last_name, first_name, login, email,"
                    + " class_name, address, external_id, connection_mode, password_state,"
                    + " search_text, last_name_key, first_name_key, created_at, updated_at)"
                    + " select u.kind, u.civility, u.last_name, u.first_name, u.login, u.email,"
                    + " u.class_name, u.address, u.external_id, u.connection_mode, 'NONE',"
                    + " u.search_text, u.last_name_key, u.first_name_key, :now, :now from ("
                    + UNNEST_DETAILS
                    + ") as u returning id, login"),
            accounts)
        .bind("now", now)
        .map(row -> Map.entry(row.get("login", String.class), row.get("id", UUID.class)))
        .all();
  }

  /** Updates many accounts in one statement. */
  Mono<Void> updateAll(List<AccountRow> accounts, OffsetDateTime now) {
    if (accounts.isEmpty()) {
      return Mono.empty();
    }
    return bindColumns(
            db.sql(
                "update account a set kind = u.kind, civility = u.civility,"
                    + " last_name = u.last_name, first_name = u.first_name, login = u.login,"
                    + " email = u.email, class_name = u.class_name, address = u.address,"
                    + " external_id = u.external_id, connection_mode = u.connection_mode,"
                    + " search_text = u.search_text, last_name_key = u.last_name_key,"
                    + " first_name_key = u.first_name_key, status = 'ACTIVE', updated_at = :now"
                    + " from (select i.id, d.* from unnest(:ids::uuid[]) with ordinality as i(id, n)"
                    + " join ("
                    + UNNEST_DETAILS
                    + ") as d on d.n = i.n) as u where a.id = u.id"),
            accounts)
        .bind("ids", accounts.stream().map(AccountRow::id).toArray(UUID[]::new))
        .bind("now", now)
        .then();
  }

  Mono<Void> update(AccountRow account, OffsetDateTime now) {
    return bindDetails(
            db.sql(
                "update account set kind = :kind, civility = :civility, last_name = :lastName,"
                    + " first_name = :firstName, login = :login, email = :email,"
                    + " class_name = :className, address = :address, external_id = :externalId,"
                    + " connection_mode = :connectionMode, search_text = :searchText,"
                    + " last_name_key = :lastNameKey, first_name_key = :firstNameKey,"
                    + " updated_at = :now where id = :id"),
            account)
        .bind("id", account.id())
        .bind("now", now)
        .then();
  }

  Mono<Long> delete(Collection<UUID> ids) {
    return db.sql("delete from account where id = any(:ids)")
        .bind("ids", ids.toArray(UUID[]::new))
        .fetch()
        .rowsUpdated();
  }

  Mono<Long> setConnectionMode(Collection<UUID> ids, ConnectionMode mode, OffsetDateTime now) {
    return db.sql(
            "update account set connection_mode = :mode, updated_at = :now where id = any(:ids)")
        .bind("mode", mode.name())
        .bind("now", now)
        .bind("ids", ids.toArray(UUID[]::new))
        .fetch()
        .rowsUpdated();
  }

  /** Replaces the children of each given parent with those listed in {@code links}. */
  Mono<Void> replaceChildren(Collection<UUID> parents, List<Link> links) {
    Mono<Void> clear =
        db.sql("delete from account_child where parent_id = any(:parents)")
            .bind("parents", parents.toArray(UUID[]::new))
            .then();
    if (links.isEmpty()) {
      return clear;
    }
    return clear.then(
        db.sql(
                "insert into account_child (parent_id, child_id)"
                    + " select * from unnest(:parents::uuid[], :children::uuid[])"
                    + " on conflict do nothing")
            .bind("parents", links.stream().map(Link::parentId).toArray(UUID[]::new))
            .bind("children", links.stream().map(Link::childId).toArray(UUID[]::new))
            .then());
  }

  /** One row per account from parallel arrays, numbered {@code n} from 1. */
  private static final String UNNEST_DETAILS =
      "select * from unnest(:kinds::varchar[], :civilities::varchar[], :lastNames::varchar[],"
          + " :firstNames::varchar[], :logins::varchar[], :emails::varchar[],"
          + " :classNames::varchar[], :addresses::varchar[], :externalIds::varchar[],"
          + " :modes::varchar[], :searchTexts::text[], :lastKeys::varchar[],"
          + " :firstKeys::varchar[]) with ordinality as t(kind, civility, last_name, first_name,"
          + " login, email, class_name, address, external_id, connection_mode, search_text,"
          + " last_name_key, first_name_key, n)";

  private static GenericExecuteSpec bindColumns(GenericExecuteSpec spec, List<AccountRow> rows) {
    return spec.bind("kinds", column(rows, a -> a.kind().name()))
        .bind("civilities", column(rows, AccountRow::civility))
        .bind("lastNames", column(rows, AccountRow::lastName))
        .bind("firstNames", column(rows, AccountRow::firstName))
        .bind("logins", column(rows, AccountRow::login))
        .bind("emails", column(rows, AccountRow::email))
        .bind("classNames", column(rows, AccountRow::className))
        .bind("addresses", column(rows, AccountRow::address))
        .bind("externalIds", column(rows, AccountRow::externalId))
        .bind("modes", column(rows, a -> a.connectionMode().name()))
        .bind("searchTexts", column(rows, AccountRow::searchText))
        .bind("lastKeys", column(rows, a -> Text.fold(a.lastName())))
        .bind("firstKeys", column(rows, a -> Text.fold(a.firstName())));
  }

  private static String[] column(List<AccountRow> rows, Function<AccountRow, String> value) {
    return rows.stream().map(value).toArray(String[]::new);
  }

  private static GenericExecuteSpec bindDetails(GenericExecuteSpec spec, AccountRow account) {
    return spec.bind("kind", account.kind().name())
        .bind("civility", Parameter.fromOrEmpty(account.civility(), String.class))
        .bind("lastName", account.lastName())
        .bind("firstName", account.firstName())
        .bind("login", account.login())
        .bind("email", Parameter.fromOrEmpty(account.email(), String.class))
        .bind("className", Parameter.fromOrEmpty(account.className(), String.class))
        .bind("address", Parameter.fromOrEmpty(account.address(), String.class))
        .bind("externalId", Parameter.fromOrEmpty(account.externalId(), String.class))
        .bind("connectionMode", account.connectionMode().name())
        .bind("searchText", account.searchText())
        .bind("lastNameKey", Text.fold(account.lastName()))
        .bind("firstNameKey", Text.fold(account.firstName()));
  }

  private static GenericExecuteSpec bindAll(
      GenericExecuteSpec spec, AccountFilter.Condition where) {
    GenericExecuteSpec bound = spec;
    for (var parameter : where.parameters().entrySet()) {
      bound = bound.bind(parameter.getKey(), parameter.getValue());
    }
    return bound;
  }

  /** Held until the transaction ends: imports run one after another. */
  Mono<Void> lockImports() {
    return db.sql("select pg_advisory_xact_lock(hashtext('sesame.account-import'))").then();
  }

  /** Removes every link in which the account is the child. */
  Mono<Void> unlinkFromParents(UUID childId) {
    return db.sql("delete from account_child where child_id = :id").bind("id", childId).then();
  }

  /** Every login taken, administrators' usernames included (see {@link #loginsStartingWith}). */
  Flux<String> allLogins() {
    return db.sql("select login from account union select lower(username) from admin_user")
        .map(row -> row.get("login", String.class))
        .all();
  }

  /** For each given parent, the logins of its children. */
  Flux<Map.Entry<UUID, String>> childLogins(Collection<UUID> parentIds) {
    return db.sql(
            "select l.parent_id, c.login from account_child l join account c on c.id = l.child_id"
                + " where l.parent_id = any(:ids)")
        .bind("ids", parentIds.toArray(UUID[]::new))
        .map(row -> Map.entry(row.get("parent_id", UUID.class), row.get("login", String.class)))
        .all();
  }

  /** Rows for export, each with its children's logins joined by commas, as import reads them. */
  Flux<Map.Entry<AccountRow, String>> findForExport(AccountFilter.Condition where, String orderBy) {
    return bindAll(
            db.sql(
                "select "
                    + AccountRow.COLUMNS
                    + ", (select string_agg(c.login, ',' order by c.login) from account_child l"
                    + " join account c on c.id = l.child_id where l.parent_id = a.id) as children"
                    + " from account a where "
                    + where.sql()
                    + " order by "
                    + orderBy),
            where)
        .map(
            row -> {
              String children = row.get("children", String.class);
              return Map.entry(AccountRow.read(row), children == null ? "" : children);
            })
        .all();
  }

  Flux<String> classNames() {
    return db.sql(
            "select distinct class_name from account where class_name is not null"
                + " order by class_name")
        .map(row -> row.get("class_name", String.class))
        .all();
  }
}
