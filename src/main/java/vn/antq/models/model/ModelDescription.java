package vn.antq.models.model;

import java.time.LocalDate;

/** What a commune says about a model when it proposes or revises it; validated and cleaned. */
public record ModelDescription(
        String name,
        ModelField field,
        HostType hostType,
        String decisionNo,
        LocalDate foundedOn,
        String leaderName,
        String leaderPhone,
        long members,
        String goals,
        String activities,
        String funding) {}
