package com.logicheck.persistence;

import static com.logicheck.persistence.jooq.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.org.AccountRules;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.suites.DatabaseTest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit of work on a real H2 file: repository methods that each open their own transaction join the one around
 * them, so a use case is written whole or not at all (ADR 0032); on their own they still commit each call.
 */
@DatabaseTest
class UnitOfWorkIT {
    private static final String HASH = "pbkdf2$1$c2FsdA==$aGFzaA==";

    @TempDir
    Path dir;

    @Test
    void twoRepositoryCallsInOneUnitOfWorkRollBackTogetherWhenTheSecondFails() {
        try (Database db = Database.open(dir.resolve("data"))) {
            AccountRepository accounts = accounts(db);
            UnitOfWork unitOfWork = new UnitOfWork(db.dsl());

            assertThatThrownBy(() -> unitOfWork.run(() -> {
                Person first = accounts.create(null, "张伟", "zhangwei", HASH, Role.ADMIN);
                createAsTheServiceDoes(accounts, first.id(), "李娜", "zhangwei"); // the login is taken
            })).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).first().key())
                            .isEqualTo("problem.account.loginTaken"));

            assertThat(accounts.accounts()).isEmpty();
            assertThat(db.dsl().fetchCount(CHANGE_LOG)).isZero();
        }
    }

    @Test
    void withoutAUnitOfWorkEachRepositoryCallCommitsOnItsOwn() {
        try (Database db = Database.open(dir.resolve("data"))) {
            AccountRepository accounts = accounts(db);

            Person first = accounts.create(null, "张伟", "zhangwei", HASH, Role.ADMIN);
            assertThatThrownBy(() -> createAsTheServiceDoes(accounts, first.id(), "李娜", "zhangwei"))
                    .isInstanceOf(DomainException.class);

            assertThat(accounts.accounts()).extracting(AccountRepository.Account::name).containsExactly("张伟");
            assertThat(db.dsl().fetchCount(CHANGE_LOG)).isEqualTo(1);
        }
    }

    @Test
    void aUnitOfWorkCommitsWholeAndANestedOneThatFailsRollsBackOnlyItsOwnPart() {
        try (Database db = Database.open(dir.resolve("data"))) {
            AccountRepository accounts = accounts(db);
            UnitOfWork unitOfWork = new UnitOfWork(db.dsl());

            UUID kept = unitOfWork.inTransaction(() -> {
                Person first = accounts.create(null, "张伟", "zhangwei", HASH, Role.ADMIN);
                try {
                    unitOfWork.run(() -> {
                        accounts.create(first.id(), "李娜", "lina", HASH, Role.INSPECTOR);
                        throw new IllegalStateException("fails after writing");
                    });
                } catch (IllegalStateException expected) {
                    // the nested part is rolled back to its savepoint; the outer one goes on
                }
                accounts.create(first.id(), "王芳", "wangfang", HASH, Role.SUPERVISOR);
                return first.id();
            });

            assertThat(accounts.accounts()).extracting(AccountRepository.Account::name)
                    .containsExactlyInAnyOrder("张伟", "王芳");
            assertThat(accounts.account(kept)).isPresent();
        }
    }

    @Test
    void anotherThreadDoesNotJoinTheUnitOfWorkAndSeesNothingBeforeItCommits() {
        try (Database db = Database.open(dir.resolve("data"))) {
            AccountRepository accounts = accounts(db);
            UnitOfWork unitOfWork = new UnitOfWork(db.dsl());
            AtomicReference<Integer> seenInside = new AtomicReference<>();

            unitOfWork.run(() -> {
                accounts.create(null, "张伟", "zhangwei", HASH, Role.ADMIN);
                seenInside.set(CompletableFuture.supplyAsync(() -> accounts.accounts().size()).join());
            });

            assertThat(seenInside.get()).isZero();
            assertThat(accounts.accounts()).hasSize(1);
        }
    }

    /** A second account: the rule asked on what the repository reads (AccountRules), then the write. */
    private static void createAsTheServiceDoes(AccountRepository accounts, UUID actorId, String name, String login) {
        AccountRules.requireFreeLogin(login, accounts.loginHolder(login, null));
        accounts.create(actorId, name, login, HASH, Role.INSPECTOR);
    }

    private static AccountRepository accounts(Database db) {
        new ReferenceRepository(db.dsl(), Clock.systemUTC()).createOrganisation("市第一人民医院");
        return new AccountRepository(db.dsl(), new ChangeLog(Clock.systemUTC(), UUID.randomUUID()));
    }
}
