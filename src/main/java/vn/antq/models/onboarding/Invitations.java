package vn.antq.models.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;
import vn.antq.models.mail.MailComposer;
import vn.antq.models.mail.MailKind;
import vn.antq.models.mail.MailQueue;
import vn.antq.models.security.Privileged;

/**
 * An imported official sets their own password: the import queues an e-mail with a one-time link
 * (through the outbox, so an SMTP outage delays it and Cockpit shows it, as with reminders); the
 * link opens a page behind no login that asks for the new password twice; the token works once and
 * expires after {@code antq.invitations.valid-for}. Only the token's SHA-256 is stored.
 */
@Service
public class Invitations {

    /** The page the link opens; the token travels after the '#', so it is in no server log or referrer. */
    public static final String PAGE = "/dat-mat-khau.html";

    public static final int MIN_PASSWORD = 10;

    private final InvitationRepository invitations;
    private final IdentityService identity;
    private final MailQueue mail;
    private final MailComposer composer;
    private final Messages messages;
    private final Duration validFor;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    public Invitations(
            InvitationRepository invitations,
            IdentityService identity,
            MailQueue mail,
            MailComposer composer,
            Messages messages,
            @Value("${antq.invitations.valid-for:PT72H}") Duration validFor,
            @Value("${antq.public-base-url}") String baseUrl) {
        this.invitations = invitations;
        this.identity = identity;
        this.mail = mail;
        this.composer = composer;
        this.messages = messages;
        this.validFor = validFor;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * Queues the invitation e-mail of {@code user}, who acts for {@code unitName}. The user is the one
     * just saved: inside an import's batch the engine writes it only when the batch's job ends.
     */
    public void invite(User user, String unitName) {
        String login = user.getId();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Clocks.now();
        Invitation invitation = invitations.save(new Invitation(hash(token), login, now, now.plus(validFor)));
        String name = (user.getLastName() + " " + user.getFirstName()).trim();
        String expires = LocalDateTime.ofInstant(invitation.getExpiresAt(), Clocks.VIETNAM)
                .format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"));
        String subject = messages.get("invitation.subject");
        MailComposer.Rendered body = composer.render(
                "invitation",
                Map.of(
                        "subject",
                        subject,
                        "name",
                        name,
                        "login",
                        login,
                        "unit",
                        unitName,
                        "expires",
                        expires,
                        "link",
                        baseUrl + PAGE + "#" + token,
                        "tasklist",
                        baseUrl + "/camunda/app/tasklist/"));
        mail.queue("invitation:" + hash(token), MailKind.INVITATION, user, subject, body, null, null);
    }

    /**
     * Sets the password of the invitation's official, once.
     *
     * @return the message key of the refusal, or null when the password was set
     */
    @Transactional
    public String setPassword(String token, String password, String again) {
        Invitation invitation = token == null || token.length() > 100
                ? null
                : invitations.findById(hash(token)).orElse(null);
        if (invitation == null || !invitation.usable(Clocks.now())) {
            return "invitation.notUsable";
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200 || password.isBlank()) {
            return "invitation.tooShort";
        }
        if (!password.equals(again)) {
            return "invitation.notTheSame";
        }
        Privileged.run(() -> {
            User user = identity.createUserQuery().userId(invitation.getLogin()).singleResult();
            user.setPassword(password);
            identity.saveUser(user);
            identity.unlockUser(user.getId());
        });
        invitation.use(Clocks.now());
        return null;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
