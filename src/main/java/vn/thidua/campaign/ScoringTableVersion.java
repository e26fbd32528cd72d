package vn.thidua.campaign;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.Getter;

/**
 * A version of the scoring table that applies to a cluster, frozen when the cluster's
 * covenant version ({@code holderRef}) was opened for signature: its canonical text and
 * SHA-256, from which month it scores once in force, and whether it still locks the
 * cluster's table (until a new covenant version is started).
 */
@Entity
@Table(name = "scoring_table_version")
@Getter
public class ScoringTableVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long campaignId;

	private Long clusterId;

	private Long holderRef;

	private String contentText;

	private String contentHash;

	private LocalDate inForceFrom;

	private boolean locked = true;

	private Instant createdAt = Instant.now();

	protected ScoringTableVersion() {
	}

	ScoringTableVersion(long campaignId, long clusterId, long holderRef, String contentText, String contentHash) {
		this.campaignId = campaignId;
		this.clusterId = clusterId;
		this.holderRef = holderRef;
		this.contentText = contentText;
		this.contentHash = contentHash;
	}

	void putInForce(LocalDate month) {
		this.inForceFrom = month.withDayOfMonth(1);
	}

	void release() {
		this.locked = false;
	}

}
