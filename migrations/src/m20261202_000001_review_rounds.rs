//! Expert review: rounds with their rubrics, experts' declared ties and invitations, the
//! experts of each category, assignments, declared conflicts, reviews with their scores and
//! history, the nominee lists the shortlisting round confirms, and the awards the selection
//! round decides.
//!
//! The invariants the contest depends on are constraints: one round of each kind per
//! edition, one assignment per expert and entry, one review per assignment, one score per
//! criterion, one confirmed list per category and round, an entry on a list once.

use crate::prelude::*;

pub struct Migration;

fn name(n: &str) -> Alias {
    Alias::new(n)
}

fn id() -> ColumnDef {
    ColumnDef::new(name("id"))
        .big_integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

fn big(col: &str) -> ColumnDef {
    ColumnDef::new(name(col))
        .big_integer()
        .not_null()
        .to_owned()
}

fn big_null(col: &str) -> ColumnDef {
    ColumnDef::new(name(col)).big_integer().null().to_owned()
}

fn int(col: &str) -> ColumnDef {
    ColumnDef::new(name(col)).integer().not_null().to_owned()
}

fn string(col: &str, len: u32) -> ColumnDef {
    ColumnDef::new(name(col))
        .string_len(len)
        .not_null()
        .to_owned()
}

fn text(col: &str) -> ColumnDef {
    ColumnDef::new(name(col)).text().not_null().to_owned()
}

fn text_null(col: &str) -> ColumnDef {
    ColumnDef::new(name(col)).text().null().to_owned()
}

/// A foreign key from `table.col` to `target.id`.
fn fk(table: &str, col: &str, target: &str, action: ForeignKeyAction) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{col}"))
        .from(name(table), name(col))
        .to(name(target), name("id"))
        .on_delete(action)
        .to_owned()
}

async fn index(
    manager: &SchemaManager<'_>,
    table: &str,
    cols: &[&str],
    unique: bool,
) -> Result<(), DbErr> {
    let mut idx = Index::create();
    let kind = if unique { "uq" } else { "ix" };
    idx.name(format!("{kind}_{table}_{}", cols.join("_")))
        .table(name(table));
    for c in cols {
        idx.col(name(c));
    }
    if unique {
        idx.unique();
    }
    manager.create_index(idx.to_owned()).await
}

/// The tables, in creation order (dropped in reverse).
const TABLES: &[&str] = &[
    "review_rounds",
    "review_criteria",
    "expert_ties",
    "expert_invitations",
    "round_experts",
    "review_assignments",
    "review_conflicts",
    "reviews",
    "review_scores",
    "review_revisions",
    "nominee_lists",
    "nominees",
    "awards",
    "review_reminders",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        let create = |t: &mut TableCreateStatement| manager.create_table(t.to_owned());

        // A round: its kind, how many reviews each entry gets, how it ranks, whether a shared
        // country is a conflict, the draw's seed (secret until the round closes) and its
        // published SHA-256, and the selection formula's weights.
        create(
            Table::create()
                .table(name("review_rounds"))
                .col(id())
                .col(big("edition_id"))
                .col(string("kind", 20))
                .col(int("reviews_per_entry"))
                .col(string("normalisation", 20))
                .col(
                    ColumnDef::new(name("country_conflicts"))
                        .boolean()
                        .not_null(),
                )
                .col(string("seed", 64))
                .col(string("seed_commitment", 64))
                .col(int("formula_experts"))
                .col(int("formula_votes"))
                .col(big("created_at"))
                .foreign_key(&mut fk("review_rounds", "edition_id", "editions", Cascade)),
        )
        .await?;
        index(manager, "review_rounds", &["edition_id", "kind"], true).await?;

        create(
            Table::create()
                .table(name("review_criteria"))
                .col(id())
                .col(big("round_id"))
                .col(int("position"))
                .col(string("code", 40))
                .col(string("title", 200))
                .col(int("weight"))
                .col(int("scale"))
                .foreign_key(&mut fk(
                    "review_criteria",
                    "round_id",
                    "review_rounds",
                    Cascade,
                )),
        )
        .await?;
        index(manager, "review_criteria", &["round_id", "code"], true).await?;

        // What an expert declares: organisations (matched by normalised name), countries,
        // and other ties in words.
        create(
            Table::create()
                .table(name("expert_ties"))
                .col(id())
                .col(big("account_id"))
                .col(string("kind", 20))
                .col(string("value", 300))
                .col(string("normalised", 300))
                .col(big("created_at"))
                .foreign_key(&mut fk("expert_ties", "account_id", "accounts", Cascade)),
        )
        .await?;
        index(manager, "expert_ties", &["account_id"], false).await?;

        create(
            Table::create()
                .table(name("expert_invitations"))
                .col(id())
                .col(string("email", 254))
                .col(string("token_hash", 64))
                .col(big_null("invited_by"))
                .col(big("created_at"))
                .col(big("expires_at"))
                .col(big_null("accepted_at"))
                .col(big_null("account_id"))
                .foreign_key(&mut fk(
                    "expert_invitations",
                    "invited_by",
                    "accounts",
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    "expert_invitations",
                    "account_id",
                    "accounts",
                    SetNull,
                )),
        )
        .await?;
        index(manager, "expert_invitations", &["token_hash"], true).await?;

        // Which experts review which categories in a round.
        create(
            Table::create()
                .table(name("round_experts"))
                .col(id())
                .col(big("round_id"))
                .col(big("account_id"))
                .col(big("category_id"))
                .col(big("created_at"))
                .foreign_key(&mut fk(
                    "round_experts",
                    "round_id",
                    "review_rounds",
                    Cascade,
                ))
                .foreign_key(&mut fk("round_experts", "account_id", "accounts", Cascade))
                .foreign_key(&mut fk(
                    "round_experts",
                    "category_id",
                    "categories",
                    Cascade,
                )),
        )
        .await?;
        index(
            manager,
            "round_experts",
            &["round_id", "account_id", "category_id"],
            true,
        )
        .await?;

        // An entry given to an expert. `assigned_by` is empty when the platform spread it;
        // `override_reason` holds the secretariat's reason for assigning past a detected
        // conflict. A released assignment (declared conflict, removed by hand) stays, so
        // that what happened can be read back.
        create(
            Table::create()
                .table(name("review_assignments"))
                .col(id())
                .col(big("round_id"))
                .col(big("submission_id"))
                .col(big("expert_id"))
                .col(big_null("assigned_by"))
                .col(text_null("override_reason"))
                .col(big("created_at"))
                .col(big_null("released_at"))
                .col(ColumnDef::new(name("release_reason")).string_len(40).null())
                .foreign_key(&mut fk(
                    "review_assignments",
                    "round_id",
                    "review_rounds",
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    "review_assignments",
                    "submission_id",
                    "submissions",
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    "review_assignments",
                    "expert_id",
                    "accounts",
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    "review_assignments",
                    "assigned_by",
                    "accounts",
                    SetNull,
                )),
        )
        .await?;
        index(
            manager,
            "review_assignments",
            &["round_id", "submission_id", "expert_id"],
            true,
        )
        .await?;
        index(
            manager,
            "review_assignments",
            &["expert_id", "round_id"],
            false,
        )
        .await?;

        create(
            Table::create()
                .table(name("review_conflicts"))
                .col(id())
                .col(big("round_id"))
                .col(big("submission_id"))
                .col(big("expert_id"))
                .col(text("note"))
                .col(big("created_at"))
                .foreign_key(&mut fk(
                    "review_conflicts",
                    "round_id",
                    "review_rounds",
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    "review_conflicts",
                    "submission_id",
                    "submissions",
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    "review_conflicts",
                    "expert_id",
                    "accounts",
                    Cascade,
                )),
        )
        .await?;
        index(
            manager,
            "review_conflicts",
            &["round_id", "submission_id", "expert_id"],
            true,
        )
        .await?;

        // One review per assignment; `version` counts its submissions (1 when first sent).
        create(
            Table::create()
                .table(name("reviews"))
                .col(id())
                .col(big("assignment_id"))
                .col(big("round_id"))
                .col(big("submission_id"))
                .col(big("expert_id"))
                .col(text("comment"))
                .col(int("version"))
                .col(big("submitted_at"))
                .col(big("revised_at"))
                .foreign_key(&mut fk(
                    "reviews",
                    "assignment_id",
                    "review_assignments",
                    Cascade,
                )),
        )
        .await?;
        index(manager, "reviews", &["assignment_id"], true).await?;
        index(manager, "reviews", &["round_id", "submission_id"], false).await?;

        create(
            Table::create()
                .table(name("review_scores"))
                .col(big("review_id"))
                .col(big("criterion_id"))
                .col(int("tenths"))
                .primary_key(
                    Index::create()
                        .col(name("review_id"))
                        .col(name("criterion_id")),
                )
                .foreign_key(&mut fk("review_scores", "review_id", "reviews", Cascade))
                .foreign_key(&mut fk(
                    "review_scores",
                    "criterion_id",
                    "review_criteria",
                    Cascade,
                )),
        )
        .await?;

        // Every version of a review as it was sent: scores as JSON (criterion code → tenths).
        create(
            Table::create()
                .table(name("review_revisions"))
                .col(id())
                .col(big("review_id"))
                .col(int("version"))
                .col(text("scores"))
                .col(text("comment"))
                .col(big("submitted_at"))
                .foreign_key(&mut fk("review_revisions", "review_id", "reviews", Cascade)),
        )
        .await?;
        index(manager, "review_revisions", &["review_id", "version"], true).await?;

        create(
            Table::create()
                .table(name("nominee_lists"))
                .col(id())
                .col(big("round_id"))
                .col(big("category_id"))
                .col(big("confirmed_at"))
                .col(big_null("confirmed_by"))
                .foreign_key(&mut fk(
                    "nominee_lists",
                    "round_id",
                    "review_rounds",
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    "nominee_lists",
                    "category_id",
                    "categories",
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    "nominee_lists",
                    "confirmed_by",
                    "accounts",
                    SetNull,
                )),
        )
        .await?;
        index(manager, "nominee_lists", &["round_id", "category_id"], true).await?;

        create(
            Table::create()
                .table(name("nominees"))
                .col(big("list_id"))
                .col(big("submission_id"))
                .col(int("position"))
                .primary_key(
                    Index::create()
                        .col(name("list_id"))
                        .col(name("submission_id")),
                )
                .foreign_key(&mut fk("nominees", "list_id", "nominee_lists", Cascade))
                .foreign_key(&mut fk("nominees", "submission_id", "submissions", Cascade)),
        )
        .await?;

        // A winner or a special recognition, with the decision behind it.
        create(
            Table::create()
                .table(name("awards"))
                .col(id())
                .col(big("round_id"))
                .col(big("category_id"))
                .col(big("submission_id"))
                .col(string("kind", 20))
                .col(text("reason"))
                .col(big_null("decided_by"))
                .col(big("decided_at"))
                .foreign_key(&mut fk("awards", "round_id", "review_rounds", Cascade))
                .foreign_key(&mut fk("awards", "category_id", "categories", Cascade))
                .foreign_key(&mut fk("awards", "submission_id", "submissions", Cascade))
                .foreign_key(&mut fk("awards", "decided_by", "accounts", SetNull)),
        )
        .await?;
        index(
            manager,
            "awards",
            &["round_id", "submission_id", "kind"],
            true,
        )
        .await?;

        // Reminders sent, one per round, person and kind: the unique key is what keeps two
        // instances from sending the same reminder twice.
        create(
            Table::create()
                .table(name("review_reminders"))
                .col(id())
                .col(big("round_id"))
                .col(big("account_id"))
                .col(string("kind", 20))
                .col(big("sent_at"))
                .foreign_key(&mut fk(
                    "review_reminders",
                    "round_id",
                    "review_rounds",
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    "review_reminders",
                    "account_id",
                    "accounts",
                    Cascade,
                )),
        )
        .await?;
        index(
            manager,
            "review_reminders",
            &["round_id", "account_id", "kind"],
            true,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES.iter().rev() {
            manager
                .drop_table(Table::drop().table(name(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
