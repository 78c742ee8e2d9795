package vn.antq.models.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An official's one-time invitation to set a password, known by the hash of its token. */
@Entity
@Table(name = "official_invitation")
public class Invitation {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    private String login;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected Invitation() {}

    public Invitation(String tokenHash, String login, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.login = login;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant at) {
        this.usedAt = at;
    }

    public String getLogin() {
        return login;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
